package dev.pitwall.app.ui.chart;

import dev.pitwall.app.ui.stream.ChannelRing;

/**
 * Min/max decimation per pixel column: each column of the time window keeps only its lowest and its
 * highest sample (in time order), so spikes survive while a chart never gets more than two points
 * per pixel. Columns with one or two samples pass them through unchanged, so sparse data is exact.
 *
 * <p>Pure and allocation-free: the caller owns the output arrays (reused every frame).
 */
public final class MinMaxDecimator {
  private MinMaxDecimator() {}

  /**
   * Decimates the samples of {@code ring} with {@code fromNanos <= t <= toNanos}.
   *
   * @param columns pixel columns across the window, >= 1
   * @param xOut receives {@code (t - originNanos) / 1e9} seconds; length >= {@code 2 * columns}
   * @param yOut receives the values; same length as {@code xOut}
   * @return number of points written
   */
  public static int decimate(
      ChannelRing ring,
      long fromNanos,
      long toNanos,
      int columns,
      long originNanos,
      double[] xOut,
      double[] yOut) {
    if (columns < 1 || xOut.length < 2 * columns || yOut.length < xOut.length) {
      throw new IllegalArgumentException("need >= 2 output slots per column: " + columns);
    }
    double columnNanos = Math.max(1.0, (toNanos - fromNanos) / (double) columns);
    Column column = new Column();
    int written = 0;
    int currentCol = -1;
    int size = ring.size();
    for (int i = ring.firstIndexAtOrAfter(fromNanos); i < size; i++) {
      long t = ring.timeNanos(i);
      if (t > toNanos) {
        break;
      }
      double v = ring.value(i);
      if (Double.isNaN(v)) {
        continue;
      }
      int col = Math.min(columns - 1, (int) ((t - fromNanos) / columnNanos));
      if (col != currentCol) {
        written = column.flush(originNanos, xOut, yOut, written);
        currentCol = col;
      }
      column.add(t, v);
    }
    return column.flush(originNanos, xOut, yOut, written);
  }

  /** Running min and max of one column. */
  private static final class Column {
    private int count;
    private long minT;
    private double min;
    private long maxT;
    private double max;

    void add(long t, double v) {
      if (count == 0 || v < min) {
        min = v;
        minT = t;
      }
      if (count == 0 || v > max) {
        max = v;
        maxT = t;
      }
      count++;
    }

    int flush(long originNanos, double[] xOut, double[] yOut, int at) {
      if (count == 0) {
        return at;
      }
      if (count == 1 || minT == maxT) {
        at = put(minT, min, originNanos, xOut, yOut, at);
      } else if (minT < maxT) {
        at = put(minT, min, originNanos, xOut, yOut, at);
        at = put(maxT, max, originNanos, xOut, yOut, at);
      } else {
        at = put(maxT, max, originNanos, xOut, yOut, at);
        at = put(minT, min, originNanos, xOut, yOut, at);
      }
      count = 0;
      return at;
    }

    private static int put(long t, double v, long origin, double[] x, double[] y, int at) {
      x[at] = (t - origin) / 1e9;
      y[at] = v;
      return at + 1;
    }
  }
}
