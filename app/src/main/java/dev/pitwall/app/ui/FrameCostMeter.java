package dev.pitwall.app.ui;

import java.util.Arrays;

/**
 * Per-frame cost of the live screen's work on the FX thread, kept over the last frames for the
 * status bar and for measuring (not for assertions: timing depends on the machine).
 *
 * <p>Thread contract: FX thread only.
 */
public final class FrameCostMeter {
  private final long[] costsNanos;
  private long frames;

  public FrameCostMeter(int window) {
    this.costsNanos = new long[window];
  }

  public void record(long costNanos) {
    costsNanos[(int) (frames % costsNanos.length)] = costNanos;
    frames++;
  }

  /** Forgets all frames, e.g. to leave start-up (JIT, first CSS pass) out of a measurement. */
  public void reset() {
    frames = 0;
  }

  public long frames() {
    return frames;
  }

  /** Mean over the window in milliseconds; NaN before the first frame. */
  public double meanMs() {
    int n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long sum = 0;
    for (int i = 0; i < n; i++) {
      sum += costsNanos[i];
    }
    return sum / (double) n / 1e6;
  }

  /** The given quantile (0..1) over the window in milliseconds; NaN before the first frame. */
  public double quantileMs(double q) {
    int n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(costsNanos, n);
    Arrays.sort(sorted);
    return sorted[(int) Math.min(n - 1, Math.floor(q * n))] / 1e6;
  }

  private int count() {
    return (int) Math.min(frames, costsNanos.length);
  }
}
