package dev.pitwall.app.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.stream.ChannelRing;
import dev.pitwall.core.telemetry.Channel;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinMaxDecimatorTest {
  private static final long MS = 1_000_000L;
  private final double[] x = new double[2000];
  private final double[] y = new double[2000];

  private static ChannelRing ring(
      int samples, long periodNanos, java.util.function.IntToDoubleFunction f) {
    ChannelRing ring = new ChannelRing(new Channel("v", "-", 100), samples);
    for (int i = 0; i < samples; i++) {
      ring.append(i * periodNanos, f.applyAsDouble(i));
    }
    return ring;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 100, 640})
  void keepsEachColumnsMinimumAndMaximum(int columns) {
    SplittableRandom random = new SplittableRandom(42);
    double[] values = random.doubles(60_000, -5, 5).toArray();
    ChannelRing ring = ring(values.length, MS, i -> values[i]);
    long from = 0;
    long to = 59_999 * MS;

    int n = MinMaxDecimator.decimate(ring, from, to, columns, to, x, y);

    assertTrue(n <= 2 * columns, "points: " + n);
    double columnNanos = (to - from) / (double) columns;
    for (int c = 0; c < columns; c++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < values.length; i++) {
        if (Math.min(columns - 1, (int) (i * MS / columnNanos)) == c) {
          lo = Math.min(lo, values[i]);
          hi = Math.max(hi, values[i]);
        }
      }
      assertTrue(contains(y, n, lo) && contains(y, n, hi), "column " + c);
    }
  }

  private static boolean contains(double[] a, int n, double v) {
    return Arrays.stream(a, 0, n).anyMatch(e -> e == v);
  }

  @Test
  void keepsASingleSampleSpike() {
    ChannelRing ring = ring(10_000, MS, i -> i == 5_123 ? 300 : 100);
    int n = MinMaxDecimator.decimate(ring, 0, 9_999 * MS, 50, 9_999 * MS, x, y);
    assertTrue(contains(y, n, 300));
  }

  @Test
  void passesSparseDataThroughUnchanged() {
    ChannelRing ring = ring(5, 100 * MS, i -> i * 2.0);
    int n = MinMaxDecimator.decimate(ring, 0, 400 * MS, 800, 400 * MS, x, y);

    assertEquals(5, n);
    assertArrayEquals(new double[] {0, 2, 4, 6, 8}, Arrays.copyOf(y, n));
    assertArrayEquals(new double[] {-0.4, -0.3, -0.2, -0.1, 0}, Arrays.copyOf(x, n), 1e-12);
  }

  @Test
  void emitsMinAndMaxInTimeOrderWithinAColumn() {
    double[] values = {5, 9, 1, 4, 3, 8, 0, 2};
    ChannelRing ring = ring(values.length, MS, i -> values[i]);
    int n = MinMaxDecimator.decimate(ring, 0, 7 * MS, 2, 0, x, y);

    // column 0 holds t = 0..3 ms (max 9 at 1 ms, min 1 at 2 ms), column 1 t = 4..7 ms
    assertEquals(4, n);
    assertArrayEquals(new double[] {9, 1, 8, 0}, Arrays.copyOf(y, n));
    assertArrayEquals(new double[] {0.001, 0.002, 0.005, 0.006}, Arrays.copyOf(x, n), 1e-12);
  }

  @Test
  void onlyUsesSamplesInsideTheWindowAndSkipsNan() {
    ChannelRing ring = ring(100, MS, i -> i == 50 ? Double.NaN : i);
    int n = MinMaxDecimator.decimate(ring, 40 * MS, 60 * MS, 1000, 60 * MS, x, y);

    assertEquals(20, n);
    assertEquals(40, y[0]);
    assertEquals(60, y[n - 1]);
    assertTrue(Arrays.stream(y, 0, n).noneMatch(Double::isNaN));
  }
}
