package dev.pitwall.analytics.race.montecarlo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.param.JsonReader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * 10,000 Monte Carlo races of Spielberg 2019 against the reference simulator's 10,000: each
 * driver's mean final position within 0.25, P(win)/P(podium)/P(DNF) within 0.02, and the SC-count
 * histogram within 2 points of the reference's. (~2 s on 2 cores.)
 */
class ReferenceDistributionTest {

  @Test
  @SuppressWarnings("unchecked")
  void matchesTheReferenceMonteCarloDistribution() throws IOException {
    StochasticRace race = McData.race("Spielberg_2019");
    Map<String, Object> ref =
        (Map<String, Object>)
            ((Map<String, Object>)
                    JsonReader.parse(
                        Files.readString(
                            McData.dir("tum-golden")
                                .resolve("mc10000_Spielberg_2019_summary.json"))))
                .get("summary");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    MonteCarloSummary s;
    try {
      s = new MonteCarloRunner(race, pool).run(new MonteCarloRequest(10_000, 2024, 2, 0, 0, 1000));
    } finally {
      pool.shutdownNow();
    }
    List<String> errors = new ArrayList<>();
    for (DriverOdds d : s.drivers()) {
      check(
          errors,
          d.initials() + " mean position",
          d.meanPosition(),
          value(ref, "mean_pos", d.initials()),
          0.25);
      check(errors, d.initials() + " P(win)", d.pWin(), value(ref, "p_win", d.initials()), 0.02);
      check(
          errors,
          d.initials() + " P(podium)",
          d.pPodium(),
          value(ref, "p_podium", d.initials()),
          0.02);
      check(errors, d.initials() + " P(DNF)", d.pDnf(), value(ref, "p_dnf", d.initials()), 0.02);
    }
    Map<String, Object> hist = (Map<String, Object>) ref.get("sc_count_hist");
    for (int k = 0; k < 4; k++) {
      check(
          errors,
          "P(" + k + " SC)",
          s.scCountHistogram()[k] / (double) s.races(),
          (Double) hist.get(String.valueOf(k)) / 10_000.0,
          0.02);
    }
    assertTrue(errors.isEmpty(), String.join("\n", errors));
  }

  @SuppressWarnings("unchecked")
  private static double value(Map<String, Object> ref, String table, String driver) {
    return (Double) ((Map<String, Object>) ref.get(table)).get(driver);
  }

  private static void check(
      List<String> errors, String what, double ours, double theirs, double tol) {
    if (!(Math.abs(ours - theirs) <= tol)) {
      errors.add(
          String.format("%s: ours %.4f reference %.4f (tolerance %.2f)", what, ours, theirs, tol));
    }
  }
}
