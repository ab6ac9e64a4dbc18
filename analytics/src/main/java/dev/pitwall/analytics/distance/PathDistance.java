package dev.pitwall.analytics.distance;

import dev.pitwall.analytics.lapdetect.PositionTrace;

/**
 * Builds a cumulative, never-decreasing travelled-distance series in metres (origin arbitrary; only
 * differences matter) from whatever the session has: GPS/x-y positions, a speed channel, or a
 * lap-distance channel.
 *
 * <p>Position fixes that are invalid are skipped; a fix that would imply more than {@code
 * maxSpeedMps} is a GPS jump and contributes no distance (the car is then assumed to have covered
 * the straight line to the next accepted fix), so one bad fix cannot add a phantom 200 m to a lap.
 */
public final class PathDistance {
  private PathDistance() {}

  public static ChannelSeries fromPositions(PositionTrace trace, double maxSpeedMps) {
    int n = trace.size();
    long[] t = new long[n];
    double[] d = new double[n];
    int last = -1;
    double total = 0;
    for (int i = 0; i < n; i++) {
      t[i] = trace.timeNanos(i);
      if (trace.isValid(i)) {
        if (last >= 0) {
          double dx = trace.xM(i) - trace.xM(last);
          double dy = trace.yM(i) - trace.yM(last);
          double step = Math.sqrt(dx * dx + dy * dy);
          double dtS = (trace.timeNanos(i) - trace.timeNanos(last)) / 1e9;
          if (step <= maxSpeedMps * Math.max(dtS, 0.25)) {
            total += step;
            last = i;
          }
        } else {
          last = i;
        }
      }
      d[i] = total;
    }
    return new ChannelSeries("distance", t, d);
  }

  /** Trapezoidal integral of speed (km/h); NaN samples are bridged by the neighbours. */
  public static ChannelSeries fromSpeed(long[] timeNanos, double[] speedKph) {
    int n = timeNanos.length;
    double[] d = new double[n];
    double total = 0;
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(speedKph[i]) && speedKph[i] >= 0) {
        if (last >= 0) {
          double dtS = (timeNanos[i] - timeNanos[last]) / 1e9;
          total += (speedKph[i] + speedKph[last]) / 2 / 3.6 * dtS;
        }
        last = i;
      }
      d[i] = total;
    }
    return new ChannelSeries("distance", timeNanos.clone(), d);
  }

  /**
   * Unwraps a lap-distance channel (resets near zero at the line) into cumulative distance: each
   * drop of more than {@code minResetDropM} continues from the furthest distance reached; small
   * backward steps (noise) are held flat; NaN samples repeat the previous value.
   */
  public static ChannelSeries fromLapDistance(
      long[] timeNanos, double[] lapDistanceM, double minResetDropM) {
    int n = timeNanos.length;
    double[] d = new double[n];
    double offset = 0;
    double previousRaw = Double.NaN;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double raw = lapDistanceM[i];
      if (Double.isFinite(raw)) {
        if (Double.isFinite(previousRaw) && previousRaw - raw >= minResetDropM) {
          offset = total; // continue from the furthest distance reached before the reset
        }
        total = Math.max(total, offset + raw);
        previousRaw = raw;
      }
      d[i] = total;
    }
    return new ChannelSeries("distance", timeNanos.clone(), d);
  }
}
