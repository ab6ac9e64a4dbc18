package dev.pitwall.bench.f1;

import dev.pitwall.hardware.f1.F1Capture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the three real F1 24 captures (system property pitwall.data, else ../shared/data). */
final class F1Captures {
  private static final String[] FILES = {
    "full_lap_20260112_160501.bin",
    "heavy_braking_20260112_160906.bin",
    "high_speed_corners_20260112_161911.bin"
  };

  private F1Captures() {}

  static List<byte[]> allDatagrams() {
    Path dir = Path.of(System.getProperty("pitwall.data", "../shared/data"), "f1-udp", "captures");
    List<byte[]> out = new ArrayList<>();
    try {
      for (String name : FILES) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
          throw new IllegalStateException("capture " + file + " absent: set -Dpitwall.data=...");
        }
        F1Capture.read(file).packets().forEach(p -> out.add(p.data()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
