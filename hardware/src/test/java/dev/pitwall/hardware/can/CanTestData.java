package dev.pitwall.hardware.can;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates /work/shared/data (system property pitwall.data) and skips tests when it is absent. */
public final class CanTestData {
  private CanTestData() {}

  public static Path root() {
    Path root = Path.of(System.getProperty("pitwall.data", "../shared/data"));
    assumeTrue(
        Files.isDirectory(root.resolve("can")),
        "shared CAN data not found at " + root.toAbsolutePath() + " (set -Dpitwall.data)");
    return root.resolve("can");
  }

  public static Path rav4Log() {
    return root().resolve("rav4/candump_green_-2021-08-13_185747.log");
  }

  public static Path rav4Dbc() {
    return root().resolve("rav4/toyota_rav4_hybrid_2017_pt_generated.dbc");
  }
}
