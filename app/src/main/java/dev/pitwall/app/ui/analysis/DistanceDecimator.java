package dev.pitwall.app.ui.analysis;

/**
 * Min/max decimation per pixel column of a trace on a distance grid (the distance counterpart of
 * {@code ui.chart.MinMaxDecimator}): each column keeps its lowest and highest value in distance
 * order, so spikes survive and a chart never gets more than two points per pixel. NaN is skipped.
 * Pure; the caller owns nothing shared.
 */
public final class DistanceDecimator {
  private DistanceDecimator() {}

  /** x in metres and y values; at most {@code 2 * columns} points of {@code [fromM, toM]}. */
  public record Points(double[] xM, double[] y) {}

  public static Points decimate(
      double[] values, double stepM, double fromM, double toM, int columns) {
    int first = Math.max(0, (int) Math.floor(fromM / stepM));
    int last = Math.min(values.length - 1, (int) Math.ceil(toM / stepM));
    double[] x = new double[2 * columns];
    double[] y = new double[2 * columns];
    if (last < first || columns < 1) {
      return new Points(new double[0], new double[0]);
    }
    double perColumn = Math.max(1.0, (last - first + 1) / (double) columns);
    int n = 0;
    for (int col = 0; col < columns; col++) {
      int from = first + (int) Math.round(col * perColumn);
      int to = Math.min(last + 1, first + (int) Math.round((col + 1) * perColumn));
      if (from > last) {
        break;
      }
      int minAt = -1;
      int maxAt = -1;
      for (int i = from; i < to; i++) {
        double v = values[i];
        if (Double.isNaN(v)) {
          continue;
        }
        minAt = minAt < 0 || v < values[minAt] ? i : minAt;
        maxAt = maxAt < 0 || v > values[maxAt] ? i : maxAt;
      }
      if (minAt < 0) {
        continue;
      }
      int a = Math.min(minAt, maxAt);
      int b = Math.max(minAt, maxAt);
      x[n] = a * stepM;
      y[n++] = values[a];
      if (b != a) {
        x[n] = b * stepM;
        y[n++] = values[b];
      }
    }
    return new Points(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
  }
}
