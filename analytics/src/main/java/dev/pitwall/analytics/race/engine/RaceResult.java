package dev.pitwall.analytics.race.engine;

import java.util.List;

/**
 * The outcome of one simulated race: per lap (row 0 = grid/start) and driver (engine order, by car
 * number) lap times and race times in s (NaN after a retirement or when lapped at the finish) and
 * positions. Arrays are copies owned by this object; treat as read-only.
 */
public record RaceResult(
    List<String> initials,
    int totalLaps,
    double[][] lapTimesS,
    double[][] raceTimesS,
    int[][] positions,
    byte[][] influences,
    boolean[] retired,
    ResultStatus status) {

  /**
   * What affected driver d's lap, in the reference's wording and order: {@code pitoutlap}, {@code
   * sc}/{@code vsc}, {@code retiring}, {@code pitinlap} joined by '+', or {@code none}.
   */
  public String influence(int lap, int d) {
    int f = influences[lap][d];
    if (f == 0) {
      return "none";
    }
    StringBuilder sb = new StringBuilder();
    String[] names = {"pitoutlap", "sc", "vsc", "retiring", "pitinlap"};
    for (int bit = 0; bit < names.length; bit++) {
      if ((f & (1 << bit)) != 0) {
        sb.append(sb.isEmpty() ? "" : "+").append(names[bit]);
      }
    }
    return sb.toString();
  }

  public int driverCount() {
    return initials.size();
  }

  /** Final classified position (1-based) of driver d. */
  public int finalPosition(int d) {
    return positions[totalLaps][d];
  }

  /** Last lap driver d completed. */
  public int lapsCompleted(int d) {
    for (int lap = totalLaps; lap >= 1; lap--) {
      if (!Double.isNaN(raceTimesS[lap][d])) {
        return lap;
      }
    }
    return 0;
  }

  /** Race time of driver d at the end of his last completed lap, s. */
  public double finalRaceTimeS(int d) {
    return raceTimesS[lapsCompleted(d)][d];
  }
}
