package dev.pitwall.analytics.lapdetect;

/**
 * Vehicle speed over session time, used to recognise stops (red flag, spin, pit box). NaN samples
 * are ignored.
 */
public record SpeedTrace(long[] timeNanos, double[] speedKph) {
  public SpeedTrace {
    if (timeNanos.length != speedKph.length) {
      throw new IllegalArgumentException("speed: times and values differ in length");
    }
  }

  /** Longest continuous stretch in [from, to] with speed below {@code belowKph}: {start, end}. */
  long[] longestStop(long fromNanos, long toNanos, double belowKph) {
    long[] best = {0, 0};
    long runStart = -1;
    for (int i = firstAtOrAfter(fromNanos); i < timeNanos.length && timeNanos[i] <= toNanos; i++) {
      long t = timeNanos[i];
      if (Double.isNaN(speedKph[i])) {
        continue;
      }
      if (speedKph[i] < belowKph) {
        runStart = runStart < 0 ? t : runStart;
        if (t - runStart > best[1] - best[0]) {
          best = new long[] {runStart, t};
        }
      } else {
        runStart = -1;
      }
    }
    return best;
  }

  private int firstAtOrAfter(long t) {
    int lo = 0;
    int hi = timeNanos.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeNanos[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when the first/last valid sample in [from, to] is below {@code belowKph}. */
  boolean stoppedAt(long fromNanos, long toNanos, double belowKph, boolean atStart) {
    int n = timeNanos.length;
    for (int k = 0; k < n; k++) {
      int i = atStart ? k : n - 1 - k;
      if (timeNanos[i] >= fromNanos && timeNanos[i] <= toNanos && !Double.isNaN(speedKph[i])) {
        return speedKph[i] < belowKph;
      }
    }
    return false;
  }
}
