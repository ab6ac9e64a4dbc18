package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real recordings of {@code ../shared/data} the window and CLI tests replay (its path from
 * system property {@code pitwall.data}, set by the build). Tests skip themselves when a file is
 * absent.
 */
public final class RealRecordings {
  public static final Path DATA =
      Path.of(System.getProperty("pitwall.data", "../shared/data")).toAbsolutePath().normalize();
  public static final Path RAV4_LOG = DATA.resolve("can/rav4/candump_green_-2021-08-13_185747.log");
  public static final Path RAV4_DBC =
      DATA.resolve("can/rav4/toyota_rav4_hybrid_2017_pt_generated.dbc");
  public static final Path MONZA_CAPTURE =
      DATA.resolve("f1-udp/captures/full_lap_20260112_160501.bin");

  private RealRecordings() {}

  /** Skips the calling test, saying why, unless the RAV4 candump log and its DBC are present. */
  public static void assumeRav4() {
    assumeTrue(
        Files.isRegularFile(RAV4_LOG) && Files.isRegularFile(RAV4_DBC),
        "RAV4 candump log or DBC absent under " + DATA + ": test skipped");
  }

  /** Skips the calling test, saying why, unless the F1 24 Monza capture is present. */
  public static void assumeMonzaCapture() {
    assumeTrue(
        Files.isRegularFile(MONZA_CAPTURE), "F1 capture " + MONZA_CAPTURE + " absent: skipped");
  }
}
