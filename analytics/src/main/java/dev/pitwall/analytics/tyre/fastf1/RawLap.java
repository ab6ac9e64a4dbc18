package dev.pitwall.analytics.tyre.fastf1;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One parsed FastF1 row; NaN / -1 / empty where the field was empty. */
record RawLap(
    String raceId,
    String driver,
    int lapNumber,
    int stint,
    double lapTimeS,
    double endTimeS,
    double tyreLifeLaps,
    String compound,
    String trackStatus,
    boolean inOrOutLap) {

  static RawLap parse(List<String> cells, Map<String, Integer> col) {
    String driver = cell(cells, col, "Driver");
    if (driver.isEmpty()) {
      throw new IllegalArgumentException("empty Driver");
    }
    String year = cell(cells, col, "Year");
    String event = cell(cells, col, "EventName");
    String race = (year + " " + event).strip();
    return new RawLap(
        race.isEmpty() ? "race" : race,
        driver,
        number(cells, col, "LapNumber"),
        number(cells, col, "Stint"),
        lapTime(cell(cells, col, "LapTime")),
        sessionTime(cell(cells, col, "Time")),
        decimal(cells, col, "TyreLife"),
        cell(cells, col, "Compound").toUpperCase(Locale.ROOT),
        cell(cells, col, "TrackStatus"),
        !cell(cells, col, "PitInTime").isEmpty() || !cell(cells, col, "PitOutTime").isEmpty());
  }

  private static double lapTime(String text) {
    try {
      return LapTimeText.seconds(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("LapTime is not a duration: '" + text + "'");
    }
  }

  /** Session time at the end of the lap (FastF1 {@code Time}); NaN when absent or empty. */
  private static double sessionTime(String text) {
    if (text.isEmpty() || text.equalsIgnoreCase("nan") || text.equalsIgnoreCase("NaT")) {
      return Double.NaN;
    }
    try {
      return LapTimeText.seconds(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Time is not a duration: '" + text + "'");
    }
  }

  boolean isCleanCandidate() {
    return "1".equals(trackStatus)
        && !inOrOutLap
        && lapNumber >= 1
        && stint >= 1
        && lapTimeS > 0
        && tyreLifeLaps >= 0
        && !compound.isEmpty()
        && !compound.equals("NAN")
        && !compound.equals("UNKNOWN");
  }

  private static String cell(List<String> cells, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null || i >= cells.size()) {
      return "";
    }
    return cells.get(i).strip();
  }

  private static double decimal(List<String> cells, Map<String, Integer> col, String name) {
    String s = cell(cells, col, name);
    if (s.isEmpty() || s.equalsIgnoreCase("nan")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: '" + s + "'");
    }
  }

  private static int number(List<String> cells, Map<String, Integer> col, String name) {
    double d = decimal(cells, col, name);
    return Double.isFinite(d) ? (int) Math.round(d) : -1;
  }
}
