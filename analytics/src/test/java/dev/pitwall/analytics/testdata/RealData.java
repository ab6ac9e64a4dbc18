package dev.pitwall.analytics.testdata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code /work/shared/data} via the {@code pitwall.data} system property set by the build.
 */
public final class RealData {
  private RealData() {}

  /** The file, or the test is skipped with a message naming what is missing. */
  public static Path require(String relative) {
    Path root = Path.of(System.getProperty("pitwall.data", "../shared/data"));
    Path file = root.resolve(relative);
    assumeTrue(Files.isReadable(file), "real data not present, test skipped: " + file);
    return file;
  }
}
