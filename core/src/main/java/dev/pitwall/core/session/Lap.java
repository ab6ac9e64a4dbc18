package dev.pitwall.core.session;

import java.util.List;

/**
 * One timed lap of one car. Times are nanoseconds since the session start.
 *
 * @param number 1-based lap number; lap 1 is the first lap started after the first line crossing
 * @param sectorTimesS sector times in seconds in track order; may be empty when sectors are unknown
 * @param valid false for laps that should not count (out-lap, in-lap, cut short, ...)
 */
public record Lap(
    int car, int number, long startNanos, long endNanos, List<Double> sectorTimesS, boolean valid) {

  public Lap {
    if (endNanos < startNanos) {
      throw new IllegalArgumentException("lap " + number + " ends before it starts");
    }
    sectorTimesS = List.copyOf(sectorTimesS);
  }

  public double lapTimeS() {
    return (endNanos - startNanos) / 1e9;
  }
}
