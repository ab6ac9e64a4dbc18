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
 * 57.5 % / 1.65 / 0.90 / 40.6 s on the same 106 races. With red-flag suspensions modelled ({@link
 * RedFlagReplay}, ADR 0101) the bar applies: no worse than the reference on any of the
 * three.
 */
class RealityComparisonTest {

  /** Totals of one pass over the replayable races. */
  private static final class Metrics {
    int races;
    int winnerRight;
    double posErrSum;
    int posErrN;
    double spearmanSum;
    final List<Double> winnerTimeErr = new ArrayList<>();
    final List<String> redFlagRaces = new ArrayList<>();

    double winnerPct() {
      return 100.0 * winnerRight / races;
    }

    double meanPosErr() {
      return posErrSum / posErrN;
    }

    double meanSpearman() {
      return spearmanSum / races;
    }

    String line(String what) {
      return String.format(
          java.util.Locale.ROOT,
          "%s over %d races: winner correct %.1f %%, mean |position error| %.3f, mean Spearman"
              + " %.4f, median |winner race-time error| %.1f s",
          what,
          races,
          winnerPct(),
          meanPosErr(),
          meanSpearman(),
          median(winnerTimeErr));
    }
  }

  @Test
  void replayedClassificationsTrackTheRealOnes() throws IOException {
    Metrics reference = measure(false);
    Metrics withFlags = measure(true);
    System.out.println(reference.line("reality check, red flags ignored (reference model)"));
    System.out.println(withFlags.line("reality check, red flags modelled (ADR 0101)"));
    System.out.println("red-flag races replayed: " + withFlags.redFlagRaces);
    assertTrue(reference.races >= 100, "races compared " + reference.races);
    assertTrue(withFlags.races == reference.races, "same races both ways");
    // 2014-2019 red flags: of the races that replay, Melbourne 2016 (lap 18) and Spa 2016 (lap 9)
    assertTrue(withFlags.redFlagRaces.size() >= 2, "red-flag races " + withFlags.redFlagRaces);
    // the reference's own numbers on these races (RACE-MODEL.md): 57.5 % / 1.65 / 0.90
    assertTrue(withFlags.winnerPct() >= 57.5, "winner correct " + withFlags.winnerPct());
    assertTrue(withFlags.meanPosErr() <= 1.65, "mean position error " + withFlags.meanPosErr());
    assertTrue(withFlags.meanSpearman() >= 0.90, "mean Spearman " + withFlags.meanSpearman());
  }

  private static Metrics measure(boolean redFlags) throws IOException {
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
    Metrics m = new Metrics();
    for (Path f : files) {
      RaceDefinition def;
      try {
        def = RaceFileReader.read(f);
      } catch (RaceParamException e) {
        continue;
      }
      CompiledRace race = new CompiledRace(def);
      RaceEvents events = RaceEvents.fromSpec(race, def.events());
      RaceResult plain = new RaceSimulator(race).simulate(events);
      Map<String, ErgastResults.Entry> actual = real.race(def.track().name(), def.rules().season());
      if (plain.status() != ResultStatus.VALID || actual.isEmpty()) {
        continue;
      }
      List<Integer> flags = real.redFlagLaps(def.track().name(), def.rules().season());
      RaceResult r = plain;
      if (redFlags && !flags.isEmpty()) {
        r = RedFlagReplay.replay(race, events, flags);
        Metrics before = new Metrics();
        add(before, plain, actual);
        Metrics after = new Metrics();
        add(after, r, actual);
        m.redFlagRaces.add(
            String.format(
                java.util.Locale.ROOT,
                "%s laps %s %s: |pos err| %.2f -> %.2f, Spearman %.3f -> %.3f, winner %d -> %d,"
                    + " winner time err %.1f -> %.1f s",
                def.sourceName(),
                flags,
                r.status(),
                before.meanPosErr(),
                after.meanPosErr(),
                before.meanSpearman(),
                after.meanSpearman(),
                before.winnerRight,
                after.winnerRight,
                median(before.winnerTimeErr),
                median(after.winnerTimeErr)));
      }
      add(m, r, actual);
    }
    return m;
  }

  private static void add(Metrics m, RaceResult r, Map<String, ErgastResults.Entry> actual) {
    m.races++;
    int n = r.driverCount();
    double[] sim = new double[n];
    double[] act = new double[n];
    int k = 0;
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
        m.winnerTimeErr.add(Math.abs(r.finalRaceTimeS(d) - e.raceTimeS()));
      }
      sim[k] = r.finalPosition(d);
      act[k] = e.positionOrder();
      m.posErrSum += Math.abs(sim[k] - act[k]);
      m.posErrN++;
      k++;
    }
    m.winnerRight += simWinner != null && simWinner.equals(realWinner) ? 1 : 0;
    m.spearmanSum += spearman(Arrays.copyOf(sim, k), Arrays.copyOf(act, k));
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
