package dev.pitwall.analytics.distance;

import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.core.telemetry.SampleBlock;

/**
 * One channel's samples as plain arrays: session time in nanoseconds and values. Channels may have
 * different rates; resampling puts them on a common grid. The arrays are owned by the series and
 * never modified.
 *
 * @param name channel name, e.g. {@code speed}; units follow the shared channel list
 */
public record ChannelSeries(String name, long[] timeNanos, double[] values) {
  public ChannelSeries {
    if (timeNanos.length != values.length) {
      throw new IllegalArgumentException(name + ": times and values differ in length");
    }
    for (int i = 1; i < timeNanos.length; i++) {
      if (timeNanos[i] < timeNanos[i - 1]) {
        throw new IllegalArgumentException(name + ": time decreases at sample " + i);
      }
    }
  }

  public static ChannelSeries of(SampleBlock block) {
    return new ChannelSeries(block.channel().name(), block.times(), block.values());
  }

  /**
   * The valid fixes of a position trace as {@code posX}/{@code posY} series (metres), so that
   * interpolation bridges holes instead of spreading NaN.
   */
  public static ChannelSeries[] positionsOf(PositionTrace trace) {
    int n = 0;
    for (int i = 0; i < trace.size(); i++) {
      n += trace.isValid(i) ? 1 : 0;
    }
    long[] t = new long[n];
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int i = 0; i < trace.size(); i++) {
      if (trace.isValid(i)) {
        t[k] = trace.timeNanos(i);
        x[k] = trace.xM(i);
        y[k++] = trace.yM(i);
      }
    }
    return new ChannelSeries[] {
      new ChannelSeries("posX", t, x), new ChannelSeries("posY", t.clone(), y)
    };
  }

  public int size() {
    return timeNanos.length;
  }

  /**
   * Linear interpolation at a session time, clamped to the first/last sample. NaN when a
   * neighbouring sample is NaN (a hole stays a hole) or the series is empty.
   */
  public double valueAt(long timeNanos) {
    int n = this.timeNanos.length;
    if (n == 0) {
      return Double.NaN;
    }
    int hi = upperIndex(timeNanos);
    if (hi == 0) {
      return values[0];
    }
    if (hi == n) {
      return values[n - 1];
    }
    return interpolate(hi, timeNanos);
  }

  /** First index whose time is > {@code t} (n when none). */
  int upperIndex(long t) {
    int lo = 0;
    int hi = timeNanos.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeNanos[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  double interpolate(int hi, long t) {
    long t0 = timeNanos[hi - 1];
    long t1 = timeNanos[hi];
    if (t1 == t0) {
      return values[hi];
    }
    double f = (double) (t - t0) / (t1 - t0);
    return values[hi - 1] + f * (values[hi] - values[hi - 1]);
  }
}
