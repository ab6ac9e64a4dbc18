package dev.pitwall.analytics.tyre;

/**
 * One clean lap of a stint: race lap number (fuel load falls with it), tyre age in laps on this
 * set, the lap time in seconds, and when the lap ended in session time (seconds since the session
 * started; NaN when unknown). The end time says which laps of other cars were already completed
 * when a forecast is made.
 */
public record StintLap(int lapNumber, double tyreAgeLaps, double lapTimeS, double endTimeS) {
  public StintLap {
    if (lapNumber < 1 || !Double.isFinite(tyreAgeLaps) || !(lapTimeS > 0)) {
      throw new IllegalArgumentException(
          "bad stint lap: lap " + lapNumber + ", age " + tyreAgeLaps + ", time " + lapTimeS);
    }
  }

  /** A lap whose end time is unknown. */
  public StintLap(int lapNumber, double tyreAgeLaps, double lapTimeS) {
    this(lapNumber, tyreAgeLaps, lapTimeS, Double.NaN);
  }
}
