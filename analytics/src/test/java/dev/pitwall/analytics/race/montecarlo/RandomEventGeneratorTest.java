package dev.pitwall.analytics.race.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceNoise;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomEventGeneratorTest {

  @Test
  void spreadsScStartsOverLapOneAndTheFifthsOfTheRace() {
    double[] p =
        RandomEventGenerator.scStartPerLap(
            new double[] {0.364, 0.136, 0.136, 0.08, 0.193, 0.091}, 71);
    assertEquals(0.364, p[0], 1e-12);
    // first fifth: laps 1..13 (round(14.2) = 14 exclusive), 13 laps
    assertEquals(0.136 / 13, p[1], 1e-12);
    assertEquals(1.0, Arrays.stream(p).sum(), 1e-9);
  }

  @Test
  void drawsPhasesKeepingTheirGapsAndTheScCountDistribution() {
    StochasticRace race = McData.race("Spielberg_2019");
    RandomEventGenerator gen = new RandomEventGenerator(race);
    RaceEvents ev = new RaceEvents(race.race().driverCount());
    SplittableRandom rng = new SplittableRandom(3);
    int[] sc = new int[4];
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      gen.draw(rng, ev);
      assertTrue(!ev.intersects(1.5, 1.5), "phases keep 1.5 laps apart");
      for (int p = 1; p < ev.phaseCount(); p++) {
        assertTrue(ev.phaseStart(p - 1) <= ev.phaseStart(p), "sorted");
      }
      sc[ev.count(true)]++;
    }
    double[] expected = {0.455, 0.413, 0.099, 0.033};
    for (int k = 0; k < 4; k++) {
      assertEquals(expected[k], sc[k] / (double) draws, 0.012, "P(" + k + " SC)");
    }
  }

  @Test
  void fiskStandstillHasItsMedianAndStaysBelowThreeMeans() {
    double c = 1.563;
    double loc = -0.046;
    double scale = 0.48;
    double mean = RaceNoise.fiskMean(c, loc, scale);
    assertEquals(-0.046 + 0.48 * (Math.PI / c) / Math.sin(Math.PI / c), mean, 1e-12);
    double[][] fisk = {{c, loc, scale, mean}};
    RaceNoise noise =
        new RaceNoise(new SplittableRandom(11), new double[1], new double[1], new double[1], fisk);
    double[] x = new double[20_001];
    for (int i = 0; i < x.length; i++) {
      x[i] = noise.pitAddS(0);
      assertTrue(x[i] <= 3 * mean);
    }
    Arrays.sort(x);
    // median of fisk truncated at 3x its mean: the (1 - P(X > cut)) / 2 quantile of the untruncated
    double tail = 1 / (1 + Math.pow((3 * mean - loc) / scale, c));
    double q = 0.5 * (1 - tail);
    double truncatedMedian = loc + scale * Math.pow(q / (1 - q), 1 / c);
    assertEquals(truncatedMedian, x[x.length / 2], 0.015);
  }
}
