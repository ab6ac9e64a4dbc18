package dev.pitwall.analytics.race.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class MonteCarloRunnerTest {

  @Test
  void sameSeedGivesTheSameSummaryWhateverTheThreadCount() {
    StochasticRace race = McData.race("Spielberg_2019");
    MonteCarloRequest one = new MonteCarloRequest(240, 42, 1, 0, 0, 100);
    MonteCarloRequest three = new MonteCarloRequest(240, 42, 3, 0, 0, 100);
    MonteCarloSummary sameThread = new MonteCarloRunner(race, Runnable::run).run(one);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      MonteCarloSummary pooled = new MonteCarloRunner(race, pool).run(three);
      assertEquals(sameThread.drivers(), pooled.drivers());
      assertArrayEquals(sameThread.scCountHistogram(), pooled.scCountHistogram());
      MonteCarloSummary otherSeed =
          new MonteCarloRunner(race, pool).run(new MonteCarloRequest(240, 43, 3, 0, 0, 100));
      assertNotEquals(sameThread.drivers(), otherSeed.drivers());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void stopsOnceEveryWinProbabilityIsKnownToHalfAPercent() {
    StochasticRace race = McData.race("Spielberg_2019");
    MonteCarloSummary s =
        new MonteCarloRunner(race, Runnable::run).run(MonteCarloRequest.standard(20_000, 7, 1));
    assertTrue(s.stoppedEarly(), "stopped early");
    assertTrue(s.races() < 20_000 && s.races() % 500 == 0, "races " + s.races());
    s.drivers().forEach(d -> assertTrue(d.winStdError() < 0.005, d.toString()));
    // one batch less would not have met the target for the favourite (p ~ 0.72 needs ~8000 races)
    assertTrue(s.races() >= 7_000, "races " + s.races());
  }

  @Test
  void reportsEachBatchAndStopsWhenTheListenerCancels() {
    StochasticRace race = McData.race("Spielberg_2019");
    java.util.List<Integer> seen = new java.util.ArrayList<>();
    MonteCarloSummary s =
        new MonteCarloRunner(race, Runnable::run)
            .run(
                new MonteCarloRequest(1000, 3, 1, 0, 0, 100),
                partial -> {
                  seen.add(partial.races());
                  return partial.races() < 300;
                });
    assertEquals(java.util.List.of(100, 200, 300), seen);
    assertEquals(300, s.races());
  }

  @Test
  void derivedSeedsDifferPerRaceAndAttempt() {
    assertNotEquals(MonteCarloRunner.seedFor(1, 0, 0), MonteCarloRunner.seedFor(1, 1, 0));
    assertNotEquals(MonteCarloRunner.seedFor(1, 0, 0), MonteCarloRunner.seedFor(1, 0, 1));
    assertNotEquals(MonteCarloRunner.seedFor(1, 0, 0), MonteCarloRunner.seedFor(2, 0, 0));
  }
}
