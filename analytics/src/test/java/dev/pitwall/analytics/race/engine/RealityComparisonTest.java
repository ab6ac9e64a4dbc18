package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import dev.pitwall.analytics.race.param.RaceParamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Replays every replayable reference race with its real strategies and events and compares the
 * classification with the real one (Ergast results): winner correct, mean |final-position error|,
 * mean Spearman rank correlation, median |winner race-time error|. The reference itself reaches
 * 57.5 % / 1.65 / 0.90 / 40.6 s on the same 106 races; our engine reproduces it, so the numbers
 * must be close to those.
 */
class RealityComparisonTest {

  @Test
  void replayedClassificationsTrackTheRealOnes() throws IOException {
    Path tum = RaceData.tumDir();
    Path ergast = RaceData.dataDir().resolve("f1-laps/ergast");
    assumeTrue(Files.isDirectory(ergast), "Ergast tables absent; skipping");
    ErgastResults real = new ErgastResults(ergast);
    List<Path> files;
    try (Stream<Path> s = Files.list(tum)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("pars_.*_\\d{4}\\.ini"))
              .sorted()
              .toList();
    }
    int races = 0;
    int winnerRight = 0;
    double posErrSum = 0;
    int posErrN = 0;
    double spearmanSum = 0;
    List<Double> winnerTimeErr = new ArrayList<>();
    for (Path f : files) {
      RaceDefinition def;
      try {
        def = RaceFileReader.read(f);
      } catch (RaceParamException e) {
        continue;
      }
      CompiledRace race = new CompiledRace(def);
      RaceResult r = new RaceSimulator(race).simulate(RaceEvents.fromSpec(race, def.events()));
      Map<String, ErgastResults.Entry> actual = real.race(def.track().name(), def.rules().season());
      if (r.status() != ResultStatus.VALID || actual.isEmpty()) {
        continue;
      }
      races++;
      int n = r.driverCount();
      double[] sim = new double[n];
      double[] act = new double[n];
      int m = 0;
      String simWinner = null;
      String realWinner = null;
      for (int d = 0; d < n; d++) {
        ErgastResults.Entry e = actual.get(r.initials().get(d));
        if (r.finalPosition(d) == 1) {
          simWinner = r.initials().get(d);
        }
        if (e == null) {
          continue;
        }
        if (e.positionOrder() == 1) {
          realWinner = r.initials().get(d);
          winnerTimeErr.add(Math.abs(r.finalRaceTimeS(d) - e.raceTimeS()));
        }
        sim[m] = r.finalPosition(d);
        act[m] = e.positionOrder();
        posErrSum += Math.abs(sim[m] - act[m]);
        posErrN++;
        m++;
      }
      winnerRight += simWinner != null && simWinner.equals(realWinner) ? 1 : 0;
      spearmanSum += spearman(Arrays.copyOf(sim, m), Arrays.copyOf(act, m));
    }
    double winnerPct = 100.0 * winnerRight / races;
    double meanPosErr = posErrSum / posErrN;
    double meanSpearman = spearmanSum / races;
    double medianWinnerErr = median(winnerTimeErr);
    System.out.printf(
        "reality check over %d races: winner correct %.1f %%, mean |position error| %.2f, mean Spearman %.3f, median |winner race-time error| %.1f s%n",
        races, winnerPct, meanPosErr, meanSpearman, medianWinnerErr);
    assertTrue(races >= 100, "races compared " + races);
    assertTrue(winnerPct > 45 && winnerPct < 70, "winner correct " + winnerPct);
    assertTrue(meanPosErr > 1.0 && meanPosErr < 2.3, "mean position error " + meanPosErr);
    assertTrue(meanSpearman > 0.85, "mean Spearman " + meanSpearman);
  }

  /** Spearman rank correlation of two samples without ties handling beyond average ranks. */
  static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElse(0);
    double mb = Arrays.stream(rb).average().orElse(0);
    double cov = 0;
    double va = 0;
    double vb = 0;
    for (int i = 0; i < ra.length; i++) {
      cov += (ra[i] - ma) * (rb[i] - mb);
      va += (ra[i] - ma) * (ra[i] - ma);
      vb += (rb[i] - mb) * (rb[i] - mb);
    }
    return cov / Math.sqrt(va * vb);
  }

  private static double[] ranks(double[] x) {
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      int less = 0;
      int equal = 0;
      for (double v : x) {
        less += v < x[i] ? 1 : 0;
        equal += v == x[i] ? 1 : 0;
      }
      r[i] = less + (equal + 1) / 2.0;
    }
    return r;
  }

  private static double median(List<Double> v) {
    List<Double> s = v.stream().filter(d -> !Double.isNaN(d)).sorted().toList();
    if (s.isEmpty()) {
      return Double.NaN;
    }
    int k = s.size() / 2;
    return s.size() % 2 == 1 ? s.get(k) : (s.get(k - 1) + s.get(k)) / 2;
  }
}
