package dev.pitwall.app.ui.strategy;

import java.util.Locale;

/** Formats race times and odds for the strategy screen; non-finite values show as a dash. */
final class RaceTimeFormat {
  private RaceTimeFormat() {}

  /** 5003.4 s → "1:23:23.4". */
  static String raceTime(double s) {
    if (!Double.isFinite(s) || s <= 0) {
      return "–";
    }
    long tenths = Math.round(s * 10);
    long h = tenths / 36000;
    long m = tenths / 600 % 60;
    double sec = tenths % 600 / 10.0;
    return String.format(Locale.ROOT, "%d:%02d:%04.1f", h, m, sec);
  }

  /** Signed delta, "+3.2 s". */
  static String delta(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%+.1f s", s) : "–";
  }

  static String percent(double p) {
    return Double.isFinite(p) ? String.format(Locale.ROOT, "%.0f %%", 100 * p) : "–";
  }

  static String position(double p) {
    return Double.isFinite(p) && p > 0 ? String.format(Locale.ROOT, "P%.1f", p) : "–";
  }
}
