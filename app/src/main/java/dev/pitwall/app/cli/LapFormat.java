package dev.pitwall.app.cli;

import java.util.Locale;

/** Lap and sector times the way timing screens show them: {@code 2:31.035}, {@code 38.412}. */
public final class LapFormat {
  private LapFormat() {}

  public static String lapTime(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "-";
    }
    long millis = Math.round(seconds * 1000);
    long minutes = millis / 60_000;
    double rest = (millis % 60_000) / 1000.0;
    return minutes > 0
        ? String.format(Locale.ROOT, "%d:%06.3f", minutes, rest)
        : String.format(Locale.ROOT, "%.3f", rest);
  }
}
