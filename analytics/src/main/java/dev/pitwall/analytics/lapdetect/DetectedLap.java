package dev.pitwall.analytics.lapdetect;

import dev.pitwall.core.session.Lap;
import java.util.List;

/**
 * A lap found by {@link LapSplitter}, with everything that makes it unfit for comparison.
 *
 * @param number 0 for the stretch before the first crossing, then 1, 2, ... like {@link Lap}
 * @param invalidReasons plain-words reasons; empty for a clean timed lap
 * @param sectorTimesS sector times in track order; empty when sectors are unknown or incomplete
 */
public record DetectedLap(
    int number,
    long startNanos,
    long endNanos,
    LapKind kind,
    List<String> invalidReasons,
    List<Double> sectorTimesS) {

  public DetectedLap {
    invalidReasons = List.copyOf(invalidReasons);
    sectorTimesS = List.copyOf(sectorTimesS);
  }

  public double lapTimeS() {
    return (endNanos - startNanos) / 1e9;
  }

  /** A complete timed lap with nothing against it: fit for references, baselines and coaching. */
  public boolean valid() {
    return kind == LapKind.TIMED && invalidReasons.isEmpty();
  }

  /** The shared core vocabulary record for storage and UI. */
  public Lap toLap(int car) {
    return new Lap(car, number, startNanos, endNanos, sectorTimesS, valid());
  }
}
