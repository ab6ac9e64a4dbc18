package dev.pitwall.analytics.tyre;

/** A lap to predict: race lap number and the tyre age it will be run at (laps). */
public record TargetLap(int lapNumber, double tyreAgeLaps) {
  /** The lap {@code laps} after {@code last} on the same set of tyres. */
  public static TargetLap after(StintLap last, int laps) {
    return new TargetLap(last.lapNumber() + laps, last.tyreAgeLaps() + laps);
  }
}
