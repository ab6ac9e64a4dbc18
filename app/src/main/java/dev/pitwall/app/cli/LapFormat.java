package dev.pitwall.app.cli;

import dev.pitwall.app.ui.laps.LapTimeFormat;

/** Lap times for terminal tables: the screen's format, with "-" where there is no time. */
final class LapFormat {
  private LapFormat() {}

  static String lapTime(double seconds) {
    return Double.isFinite(seconds) ? LapTimeFormat.time(seconds) : "-";
  }
}
