package dev.pitwall.analytics.tyre;

/**
 * One clean lap of a stint: race lap number (fuel load falls with it), tyre age in laps on this
 * set, and the lap time in seconds.
 */
public record StintLap(int lapNumber, double tyreAgeLaps, double lapTimeS) {
  public StintLap {
    if (lapNumber < 1 || !Double.isFinite(tyreAgeLaps) || !(lapTimeS > 0)) {
      throw new IllegalArgumentException(
          "bad stint lap: lap " + lapNumber + ", age " + tyreAgeLaps + ", time " + lapTimeS);
    }
  }
}
