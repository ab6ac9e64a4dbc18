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
    boolean[] retired,
    ResultStatus status) {

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
