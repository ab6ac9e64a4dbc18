package dev.pitwall.bench.replay;

import dev.pitwall.core.telemetry.SampleBlock;

/**
 * What the live screen does with samples after a seek, without JavaFX: append every block into a
 * per-channel ring of primitive arrays (as {@code app.ui.stream.ChannelRing}) and min/max-decimate
 * the visible traces to one column per pixel (as {@code app.ui.chart.MinMaxDecimator}). The bench
 * module does not depend on the app module (JavaFX), so the two loops are mirrored here.
 *
 * <p>Single thread.
 */
final class ScreenRings {
  static final int COLUMNS = 1000;
  private final long[][] times;
  private final double[][] values;
  private final long[] written;
  private final int mask;
  private final double[] xOut = new double[2 * COLUMNS];
  private final double[] yOut = new double[2 * COLUMNS];

  /**
   * @param capacity samples per channel, a power of two
   */
  ScreenRings(int channels, int capacity) {
    if (Integer.bitCount(capacity) != 1) {
      throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
    }
    times = new long[channels][capacity];
    values = new double[channels][capacity];
    written = new long[channels];
    mask = capacity - 1;
  }

  /** Empties every ring (the screen re-subscribes on a seek). */
  void clear() {
    java.util.Arrays.fill(written, 0);
  }

  void append(int channel, SampleBlock block) {
    long[] t = times[channel];
    double[] v = values[channel];
    long w = written[channel];
    for (int i = 0; i < block.size(); i++) {
      int slot = (int) (w & mask);
      t[slot] = block.timeNanos(i);
      v[slot] = block.value(i);
      w++;
    }
    written[channel] = w;
  }

  long samples(int channel) {
    return written[channel];
  }

  /** Min/max per pixel column of the ring's last {@code windowNanos}; returns points written. */
  int decimate(int channel, long windowNanos) {
    int size = (int) Math.min(written[channel], mask + 1);
    if (size == 0) {
      return 0;
    }
    long oldest = written[channel] - size;
    long[] t = times[channel];
    double[] v = values[channel];
    long to = t[(int) ((written[channel] - 1) & mask)];
    long from = to - windowNanos;
    double columnNanos = Math.max(1.0, windowNanos / (double) COLUMNS);
    int points = 0;
    int current = -1;
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (int i = 0; i < size; i++) {
      int slot = (int) ((oldest + i) & mask);
      if (t[slot] < from) {
        continue;
      }
      int col = Math.min(COLUMNS - 1, (int) ((t[slot] - from) / columnNanos));
      if (col != current && current >= 0) {
        points = flush(current, columnNanos, lo, hi, points);
        lo = Double.NaN;
        hi = Double.NaN;
      }
      current = col;
      lo = Double.isNaN(lo) ? v[slot] : Math.min(lo, v[slot]);
      hi = Double.isNaN(hi) ? v[slot] : Math.max(hi, v[slot]);
    }
    return current < 0 ? points : flush(current, columnNanos, lo, hi, points);
  }

  private int flush(int col, double columnNanos, double lo, double hi, int points) {
    xOut[points] = col * columnNanos / 1e9;
    yOut[points] = lo;
    xOut[points + 1] = col * columnNanos / 1e9;
    yOut[points + 1] = hi;
    return points + 2;
  }
}
