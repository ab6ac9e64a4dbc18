package dev.pitwall.app.ui.analysis;

import java.util.Arrays;

/**
 * Min/max decimation per pixel column of a trace with its own, non-decreasing x values (laps by
 * time: each lap's elapsed time at each grid point): each column of {@code [fromX, toX]} keeps its
 * lowest and highest value in x order, so spikes survive at any zoom and a chart never gets more
 * than two points per pixel. NaN values and x are skipped. Pure.
 */
public final class XyDecimator {
  private XyDecimator() {}

  public static DistanceDecimator.Points decimate(
      double[] x, double[] y, double fromX, double toX, int columns) {
    if (columns < 1 || !(toX > fromX)) {
      return new DistanceDecimator.Points(new double[0], new double[0]);
    }
    double[] ox = new double[2 * columns];
    double[] oy = new double[2 * columns];
    double perColumn = (toX - fromX) / columns;
    int n = 0;
    int column = -1;
    int minAt = -1;
    int maxAt = -1;
    for (int i = firstAtOrAfter(x, fromX); i < x.length && x[i] <= toX; i++) {
      if (Double.isNaN(y[i]) || Double.isNaN(x[i])) {
        continue;
      }
      int c = Math.min(columns - 1, (int) ((x[i] - fromX) / perColumn));
      if (c != column) {
        n = flush(x, y, minAt, maxAt, ox, oy, n);
        column = c;
        minAt = i;
        maxAt = i;
      } else {
        minAt = y[i] < y[minAt] ? i : minAt;
        maxAt = y[i] > y[maxAt] ? i : maxAt;
      }
    }
    n = flush(x, y, minAt, maxAt, ox, oy, n);
    return new DistanceDecimator.Points(Arrays.copyOf(ox, n), Arrays.copyOf(oy, n));
  }

  private static int flush(
      double[] x, double[] y, int minAt, int maxAt, double[] ox, double[] oy, int n) {
    if (minAt < 0) {
      return n;
    }
    int a = Math.min(minAt, maxAt);
    int b = Math.max(minAt, maxAt);
    ox[n] = x[a];
    oy[n++] = y[a];
    if (b != a) {
      ox[n] = x[b];
      oy[n++] = y[b];
    }
    return n;
  }

  /** First index with x >= value (x non-decreasing, NaN treated as not yet there). */
  private static int firstAtOrAfter(double[] x, double value) {
    int lo = 0;
    int hi = x.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (!(x[mid] >= value)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
