package dev.pitwall.analytics.tyre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ForecastStackTest {
  private static final double[] TRUE = {0.05, 0.8, 0.3, 0.0, -0.2, 0.1, -0.1};

  private static List<List<double[]>> rows(double outlierShare) {
    SplittableRandom rnd = new SplittableRandom(7);
    List<double[]> h1 = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double[] row = new double[ForecastStack.FEATURES + 1];
      row[0] = 1;
      for (int f = 1; f < ForecastStack.FEATURES; f++) {
        row[f] = f >= 5 ? rnd.nextInt(2) : rnd.nextGaussian();
      }
      double y = 0;
      for (int f = 0; f < ForecastStack.FEATURES; f++) {
        y += TRUE[f] * row[f];
      }
      y += 0.1 * rnd.nextGaussian();
      if (rnd.nextDouble() < outlierShare) {
        y += 5; // a lap lost in traffic
      }
      row[ForecastStack.FEATURES] = y;
      h1.add(row);
    }
    return List.of(h1);
  }

  @Test
  void recoversKnownBlendWeights() {
    ForecastStack stack = ForecastStack.fit(rows(0));
    for (int f = 0; f < ForecastStack.FEATURES; f++) {
      assertEquals(TRUE[f], stack.weight(1, f), 0.02, "feature " + f);
    }
  }

  @Test
  void trafficLapsDoNotPullTheWeights() {
    ForecastStack stack = ForecastStack.fit(rows(0.05));
    assertEquals(TRUE[1], stack.weight(1, 1), 0.03);
    assertEquals(TRUE[0], stack.weight(1, 0), 0.1);
  }
}
