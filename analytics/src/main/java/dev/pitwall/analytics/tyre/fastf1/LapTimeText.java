package dev.pitwall.analytics.tyre.fastf1;

/**
 * Parses FastF1/pandas durations: {@code 0 days 00:01:40.323000}, {@code 1:40.323}, {@code 100.3}.
 */
final class LapTimeText {
  private LapTimeText() {}

  /** Seconds, or NaN for an empty field. @throws NumberFormatException when malformed */
  static double seconds(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.equalsIgnoreCase("nan") || s.equalsIgnoreCase("NaT")) {
      return Double.NaN;
    }
    double days = 0;
    int d = s.indexOf(" days ");
    if (d >= 0) {
      days = Double.parseDouble(s.substring(0, d));
      s = s.substring(d + 6);
    }
    String[] parts = s.split(":");
    if (parts.length > 3) {
      throw new NumberFormatException("not a duration: '" + text + "'");
    }
    double total = 0;
    for (String p : parts) {
      total = total * 60 + Double.parseDouble(p);
    }
    return days * 86400 + total;
  }
}
