package dev.pitwall.analytics.distance;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resamples every channel of one lap onto a common distance grid.
 *
 * <p>The lap's travelled distance is scaled to the grid length (normally the reference lap's, or
 * the track's), the same "lap fraction" alignment data systems use: a lap measured 6 m longer
 * because of a wider line still puts each corner at the same grid point. For each grid point the
 * time is found on the (never decreasing) distance series, then each channel is interpolated at
 * that time on its own time base, so channels of different rates line up. Stateless; thread-safe.
 */
public final class DistanceResampler {
  private final double stepM;

  /**
   * @param stepM grid spacing in metres, e.g. 1
   */
  public DistanceResampler(double stepM) {
    if (!(stepM > 0)) {
      throw new IllegalArgumentException("grid step must be > 0 m: " + stepM);
    }
    this.stepM = stepM;
  }

  /**
   * @param distance cumulative distance over session time (from {@link PathDistance})
   * @param gridLengthM length the lap is scaled to; NaN = the lap's own measured length
   * @throws IllegalArgumentException when the car covered less than two grid steps in the lap
   */
  public DistanceLap resample(
      long lapStartNanos,
      long lapEndNanos,
      ChannelSeries distance,
      List<ChannelSeries> channels,
      double gridLengthM) {
    double d0 = distance.valueAt(lapStartNanos);
    double lengthM = distance.valueAt(lapEndNanos) - d0;
    if (!(lengthM >= 2 * stepM)) {
      throw new IllegalArgumentException(
          String.format(
              "lap from %.3f s to %.3f s covers %.1f m: too short to put on a %.1f m grid",
              lapStartNanos / 1e9, lapEndNanos / 1e9, lengthM, stepM));
    }
    double gridM = Double.isNaN(gridLengthM) ? lengthM : gridLengthM;
    int points = (int) Math.floor(gridM / stepM) + 1;
    long[] times = timesOnGrid(distance, lapStartNanos, lapEndNanos, d0, lengthM / gridM, points);
    double[] timeS = new double[points];
    for (int k = 0; k < points; k++) {
      timeS[k] = (times[k] - lapStartNanos) / 1e9;
    }
    Map<String, double[]> out = new LinkedHashMap<>();
    for (ChannelSeries c : channels) {
      out.put(c.name(), valuesAt(c, times));
    }
    return new DistanceLap(stepM, lengthM, timeS, out);
  }

  /** Session time at which the car passed each grid point; one forward walk through the series. */
  private long[] timesOnGrid(
      ChannelSeries distance, long start, long end, double d0, double scale, int points) {
    long[] t = distance.timeNanos();
    double[] d = distance.values();
    long[] out = new long[points];
    int i = Math.max(1, distance.upperIndex(start));
    for (int k = 0; k < points; k++) {
      double target = d0 + k * stepM * scale;
      while (i < t.length - 1 && d[i] < target) {
        i++;
      }
      long time;
      if (d[i] <= d[i - 1]) {
        time = t[i];
      } else {
        double f = Math.max(0, Math.min(1, (target - d[i - 1]) / (d[i] - d[i - 1])));
        time = t[i - 1] + Math.round(f * (t[i] - t[i - 1]));
      }
      out[k] = Math.max(start, Math.min(end, time));
    }
    out[0] = start;
    return out;
  }

  private static double[] valuesAt(ChannelSeries c, long[] times) {
    double[] out = new double[times.length];
    int n = c.size();
    if (n == 0) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    int hi = c.upperIndex(times[0]);
    long[] t = c.timeNanos();
    for (int k = 0; k < times.length; k++) {
      while (hi < n && t[hi] <= times[k]) {
        hi++;
      }
      out[k] = hi == 0 ? c.values()[0] : hi == n ? c.values()[n - 1] : c.interpolate(hi, times[k]);
    }
    return out;
  }
}
