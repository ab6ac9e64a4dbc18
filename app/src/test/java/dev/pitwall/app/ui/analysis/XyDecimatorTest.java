package dev.pitwall.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Min/max per column on non-uniform x (laps by time). */
class XyDecimatorTest {
  @Test
  void keepsMinAndMaxOfEachColumnInXOrderAndSpikesSurvive() {
    int n = 10_000;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i * 0.01 + (i % 3) * 0.001; // uneven steps, still increasing
      y[i] = Math.sin(i * 0.01);
    }
    y[5_000] = 50; // a spike
    DistanceDecimator.Points p = XyDecimator.decimate(x, y, 0, 100, 100);
    assertTrue(p.xM().length <= 200, "at most two points per column: " + p.xM().length);
    double max = -1;
    for (int i = 1; i < p.xM().length; i++) {
      assertTrue(p.xM()[i] >= p.xM()[i - 1], "x order");
      max = Math.max(max, p.y()[i]);
    }
    assertEquals(50, max, "the spike survives");
  }

  @Test
  void windowAndSparseDataPassThroughExactly() {
    double[] x = {0, 1, 2, 3, 4};
    double[] y = {5, Double.NaN, 7, 8, 9};
    DistanceDecimator.Points p = XyDecimator.decimate(x, y, 1, 3, 10);
    assertArrayEquals(new double[] {2, 3}, p.xM());
    assertArrayEquals(new double[] {7, 8}, p.y());
  }
}
