package dev.pitwall.bench.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary directory a benchmark trial writes its files into. */
public final class TrialDirectory {
  private TrialDirectory() {}

  /** Deletes {@code dir} with everything in it (at the end of a trial). */
  public static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
