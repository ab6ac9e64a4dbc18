package dev.pitwall.analytics.lapdetect;

/**
 * Something wrong found in an input trace, with where it is so a user can look at it.
 *
 * @param kind what is wrong
 * @param index sample index in the trace (the later sample of a pair)
 * @param timeNanos session time of that sample
 * @param message plain words naming the channel, the position and the problem
 */
public record TraceIssue(Kind kind, int index, long timeNanos, String message) {

  /** The kinds of defect the detectors recognise. */
  public enum Kind {
    /** NaN, infinite or out-of-range value; the sample is skipped. */
    INVALID_VALUE,
    /** Time between consecutive valid samples above the allowed gap (GPS dropout, logger hole). */
    GAP,
    /** Position moved further than the car can between two fixes (multipath, re-acquisition). */
    JUMP,
    /** A lap-distance reset or beacon that does not fit (too soon after the last one). */
    IMPLAUSIBLE_CROSSING
  }
}
