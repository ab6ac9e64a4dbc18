package dev.pitwall.analytics.strategy.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.param.RaceParamException;
import dev.pitwall.analytics.strategy.StrategyOutcome;
import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.WhatIf;
import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LiveStrategyEngineTest {
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  private static LiveStrategyEngine engine(SeriesParams s) {
    return new LiveStrategyEngine(s, pool, StrategySettings.live(2));
  }

  /**
   * A field of {@code cars} cars, car k starting {@code startGapS * k} behind car 0 and {@code
   * paceGapS * k} slower per lap, degrading 0.1 s/lap; our car (0) has done {@code laps} laps.
   */
  static FieldObservation field(int cars, int laps, double startGapS, double paceGapS) {
    List<CarObservation> seen = new ArrayList<>();
    long now = 0;
    for (int k = 0; k < cars; k++) {
      List<Lap> done = new ArrayList<>();
      double t = startGapS * k;
      for (int n = 1; n <= laps; n++) {
        double lapS = 120 + paceGapS * k + 0.1 * (n - 1) + 0.05 * Math.sin(n * 3 + k);
        long a = (long) (t * 1e9);
        t += lapS;
        long b = (long) (t * 1e9);
        if (k == 0 || b <= now) {
          done.add(new Lap(k, n, a, b, List.of(), true));
        }
        if (k == 0) {
          now = b;
        }
      }
      seen.add(new CarObservation(k, done, 1500.0, null, Double.NaN, List.of(), Double.NaN));
    }
    return new FieldObservation(0, now, 5500, 0, seen, FieldObservation.Neutralisation.NONE, 0);
  }

  @Test
  void ranksPlansForTheSimulatedGr86FieldAfterSixLaps() {
    StrategyReport r =
        engine(SeriesParams.gr86Cup()).evaluate(field(6, 6, 1.5, 0.3), WhatIf.none(), 1);
    System.out.println(r.radio() + " · " + r.computeMillis() + " ms");
    assertTrue(r.ready(), r.reason());
    assertEquals(15, r.totalLaps());
    for (StrategyOutcome o : r.ranked()) {
      assertTrue(Double.isFinite(o.meanFinishS()) && Double.isFinite(o.meanPosition()));
      assertTrue(o.p10S() <= o.p50S() && o.p50S() <= o.p90S());
      assertTrue(o.strategy().futureStops().stream().allMatch(p -> p.inlap() > 6));
    }
    assertFalse(r.radio().contains("NaN"), r.radio());
    // we lead and are the fastest: the best plan wins most races
    assertTrue(r.best().pWin() > 0.5, "P(win) " + r.best().pWin());
  }

  @Test
  void aFasterFieldAheadMakesUsLoseNotWin() {
    // car 0 starts 40 s behind everyone and is the slowest: our odds must collapse
    FieldObservation f = field(6, 6, -8.0, -0.4);
    StrategyReport r = engine(SeriesParams.gr86Cup()).evaluate(f, WhatIf.none(), 1);
    assertTrue(r.ready(), r.reason());
    assertTrue(r.best().pWin() < 0.05, "P(win) " + r.best().pWin());
    assertTrue(r.best().meanPosition() > 4.5, "mean position " + r.best().meanPosition());
  }

  @Test
  void saysNotEnoughDataBeforeThreeLaps() {
    StrategyReport r =
        engine(SeriesParams.gr86Cup()).evaluate(field(4, 2, 1, 0.2), WhatIf.none(), 1);
    assertFalse(r.ready());
    assertTrue(r.radio().startsWith("Not enough data yet"), r.radio());
  }

  @Test
  void f1SeriesNeedsTwoCompoundsForUsAndRivals() {
    StrategyReport r = engine(SeriesParams.f1()).evaluate(field(8, 8, 1.0, 0.2), WhatIf.none(), 2);
    assertTrue(r.ready(), r.reason());
    assertTrue(r.ranked().stream().allMatch(o -> o.strategy().stops() >= 1));
  }

  @Test
  void seriesFileErrorsNameKeyAndFile() throws java.io.IOException {
    RaceParamException missing =
        assertThrows(
            RaceParamException.class, () -> SeriesParams.parse("x.properties", "series=a"));
    assertTrue(missing.getMessage().contains("x.properties"), missing.getMessage());
    String text =
        new String(
            SeriesParams.class.getResourceAsStream("gr86-cup.properties").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    RaceParamException range =
        assertThrows(
            RaceParamException.class,
            () -> SeriesParams.parse("y", text.replace("race_laps=15", "race_laps=-3")));
    assertTrue(range.getMessage().contains("race_laps"), range.getMessage());
  }
}
