package dev.pitwall.analytics.lapdetect;

/**
 * Time spent in the pit lane between crossing the pit-entry and the pit-exit line.
 *
 * @param entryNanos session time of the pit-entry crossing (or the session start when the car
 *     started in the pit lane)
 * @param exitNanos session time of the pit-exit crossing (or the session end)
 * @param complete false when one end is the recording boundary rather than a line crossing
 */
public record PitVisit(long entryNanos, long exitNanos, boolean complete) {

  public double durationS() {
    return (exitNanos - entryNanos) / 1e9;
  }

  public boolean contains(long timeNanos) {
    return timeNanos >= entryNanos && timeNanos <= exitNanos;
  }
}
