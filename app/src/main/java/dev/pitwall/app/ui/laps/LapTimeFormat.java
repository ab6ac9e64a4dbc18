package dev.pitwall.app.ui.laps;

import java.util.Locale;

/** Text forms of lap, sector and delta times as engineers read them. */
public final class LapTimeFormat {
  private LapTimeFormat() {}

  /** {@code 1:23.456} from seconds, {@code 23.456} under a minute, blank for NaN. */
  public static String time(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "";
    }
    long millis = Math.round(seconds * 1000);
    long minutes = millis / 60_000;
    double rest = (millis % 60_000) / 1000.0;
    return minutes > 0
        ? String.format(Locale.ROOT, "%d:%06.3f", minutes, rest)
        : String.format(Locale.ROOT, "%.3f", rest);
  }

  /** {@code +0.412} / {@code -0.108} seconds, blank for NaN. */
  public static String delta(double seconds) {
    if (!Double.isFinite(seconds)) {
      return "";
    }
    return String.format(Locale.ROOT, "%+.3f", seconds);
  }
}
