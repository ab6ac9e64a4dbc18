package dev.pitwall.app.live;

import java.nio.file.Path;

/**
 * The real recordings of {@code ../shared/data} the window tests replay (its path from system
 * property {@code pitwall.data}, set by the build). Tests skip themselves when a file is absent.
 */
final class RealRecordings {
  static final Path DATA =
      Path.of(System.getProperty("pitwall.data", "../shared/data")).toAbsolutePath().normalize();
  static final Path RAV4_LOG = DATA.resolve("can/rav4/candump_green_-2021-08-13_185747.log");
  static final Path RAV4_DBC = DATA.resolve("can/rav4/toyota_rav4_hybrid_2017_pt_generated.dbc");
  static final Path MONZA_CAPTURE = DATA.resolve("f1-udp/captures/full_lap_20260112_160501.bin");

  private RealRecordings() {}
}
