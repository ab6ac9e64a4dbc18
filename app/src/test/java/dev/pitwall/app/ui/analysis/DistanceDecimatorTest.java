package dev.pitwall.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistanceDecimatorTest {
  @Test
  void keepsASingleSampleSpikeAndNeverMoreThanTwoPointsPerColumn() {
    double[] v = new double[100_001];
    v[54_321] = 250;
    DistanceDecimator.Points p = DistanceDecimator.decimate(v, 0.1, 0, 10_000, 800);
    assertTrue(p.xM().length <= 1600, "points: " + p.xM().length);
    double max = 0;
    int at = -1;
    for (int i = 0; i < p.y().length; i++) {
      if (p.y()[i] > max) {
        max = p.y()[i];
        at = i;
      }
    }
    assertEquals(250, max);
    assertEquals(5432.1, p.xM()[at], 1e-9);
  }

  @Test
  void sparseDataPassesThroughExactlyAndNaNIsSkipped() {
    double[] v = {1, Double.NaN, 3, 4};
    DistanceDecimator.Points p = DistanceDecimator.decimate(v, 2.0, 0, 6, 100);
    assertArrayEquals(new double[] {0, 4, 6}, p.xM());
    assertArrayEquals(new double[] {1, 3, 4}, p.y());
  }

  @ParameterizedTest
  @CsvSource({"1000, 0, 999, 10", "1000, 250, 500, 300", "5000, 0, 4999, 4096"})
  void windowStaysInsideTheRequestedRange(int n, double fromM, double toM, int columns) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.sin(i * 0.37);
    }
    DistanceDecimator.Points p = DistanceDecimator.decimate(v, 1.0, fromM, toM, columns);
    for (double x : p.xM()) {
      assertTrue(x >= fromM && x <= toM, "x " + x);
    }
    for (int i = 1; i < p.xM().length; i++) {
      assertTrue(p.xM()[i] > p.xM()[i - 1], "distance order");
    }
  }

  @Test
  void momentsGiveMinMaxMeanAndSampleStandardDeviation() {
    double[] m = AnalysisComputer.moments(new double[] {2, 4, 4, 4, 5, 5, 7, 9, Double.NaN});
    assertArrayEquals(new double[] {2, 9, 5, Math.sqrt(32.0 / 7)}, m, 1e-12);
  }

  @Test
  void latestWinsDropsAResultOvertakenByANewerRequest() {
    List<Runnable> queued = new ArrayList<>();
    Executor later = queued::add;
    LatestWins latest = new LatestWins(later, Runnable::run);
    List<String> shown = new ArrayList<>();
    latest.submit(() -> "old", shown::add, e -> {});
    latest.submit(() -> "new", shown::add, e -> {});
    queued.forEach(Runnable::run);
    assertEquals(List.of("new"), shown);
    assertEquals(1, latest.dropped());
  }
}
