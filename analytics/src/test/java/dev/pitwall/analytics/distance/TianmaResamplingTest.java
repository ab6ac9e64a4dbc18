package dev.pitwall.analytics.distance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.testdata.TianmaLap;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Two real laps from two RaceChrono files put on one distance grid. */
class TianmaResamplingTest {
  /**
   * The two laps measure 2005.8 m and 1992.8 m (different lines); scaled to one grid length they
   * line up by track position. GPS of two runs also carries a few metres of bias, removed first.
   */
  @Test
  void realLapsLineUpByTrackPosition() throws Exception {
    TianmaLap reference = TianmaLap.load(TianmaLap.LAP9, Double.NaN);
    TianmaLap scaled = TianmaLap.load(TianmaLap.LAP13, reference.grid().measuredLengthM());
    TianmaLap unscaled = TianmaLap.load(TianmaLap.LAP13, Double.NaN);
    assertEquals(reference.grid().pointCount(), scaled.grid().pointCount());
    assertEquals(2005, reference.grid().measuredLengthM(), 15);
    double[] scaledError = mismatch(reference, scaled);
    double[] unscaledError = mismatch(reference, unscaled);
    System.out.printf(
        "position mismatch scaled: median %.2f m, worst %.2f m; unscaled: median %.2f m, worst %.2f m%n",
        scaledError[0], scaledError[1], unscaledError[0], unscaledError[1]);
    assertTrue(
        scaledError[0] < 6 && scaledError[1] < 10, "mismatch " + Arrays.toString(scaledError));
    assertTrue(scaledError[0] < unscaledError[0], "scaling to one length must improve alignment");
  }

  /** {median, worst} distance in metres between the laps at equal grid points, bias removed. */
  private static double[] mismatch(TianmaLap a, TianmaLap b) {
    double[] x1 = a.grid().channel("posX");
    double[] y1 = a.grid().channel("posY");
    double[] x2 = b.grid().channel("posX");
    double[] y2 = b.grid().channel("posY");
    int n = Math.min(x1.length, x2.length);
    double biasX = 0;
    double biasY = 0;
    for (int k = 0; k < n; k++) {
      biasX += (x2[k] - x1[k]) / n;
      biasY += (y2[k] - y1[k]) / n;
    }
    double[] error = new double[n];
    for (int k = 0; k < n; k++) {
      error[k] = Math.hypot(x2[k] - x1[k] - biasX, y2[k] - y1[k] - biasY);
    }
    Arrays.sort(error);
    return new double[] {error[n / 2], error[n - 1]};
  }

  @Test
  void timeDeltaEndsAtTheLapTimeDifference() throws Exception {
    TianmaLap reference = TianmaLap.load(TianmaLap.LAP9, Double.NaN);
    TianmaLap other = TianmaLap.load(TianmaLap.LAP13, reference.grid().measuredLengthM());
    double[] delta = TimeDelta.between(other.grid(), reference.grid());
    double expected = other.lap().lapTimeS() - reference.lap().lapTimeS();
    assertEquals(expected, delta[delta.length - 1], 0.05);
    assertEquals(0.0, delta[0], 1e-9);
  }
}
