package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real F1 24 captures in the shared data folder (system property pitwall.data). */
final class F1TestData {
  static final String MONZA_FULL_LAP = "full_lap_20260112_160501.bin";
  static final String MONZA_HEAVY_BRAKING = "heavy_braking_20260112_160906.bin";
  static final String ZANDVOORT_CORNERS = "high_speed_corners_20260112_161911.bin";

  private F1TestData() {}

  static Path capture(String name) {
    Path dir = Path.of(System.getProperty("pitwall.data", "../shared/data"), "f1-udp", "captures");
    Path file = dir.resolve(name);
    assumeTrue(Files.isRegularFile(file), "F1 capture " + file + " absent: test skipped");
    return file;
  }
}
