package dev.pitwall.analytics.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.ObservedRace;
import dev.pitwall.analytics.race.engine.RaceSnapshot;
import dev.pitwall.analytics.race.montecarlo.McsFileReader;
import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StrategyEngineTest {
  private static RaceDefinition file;
  private static McsParams mcs;
  private static ExecutorService pool;

  @BeforeAll
  static void load() {
    Path tum = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum");
    Assumptions.assumeTrue(
        Files.isRegularFile(tum.resolve("pars_Spielberg_2019.ini")),
        "TUM race files not found under " + tum + "; skipping strategy tests");
    file = RaceFileReader.read(tum.resolve("pars_Spielberg_2019.ini"));
    mcs = McsFileReader.read(tum.resolve("pars_mcs.ini"));
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stop() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static StrategyEngine engine() {
    return new StrategyEngine(file, mcs, pool, StrategySettings.live(2));
  }

  @Test
  void reportsNotEnoughDataBeforeThreeLaps() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    StrategyReport r = engine().evaluate(replay.atLap(2), WhatIf.none(), 1);
    assertFalse(r.ready());
    assertTrue(r.radio().startsWith("Not enough data yet"), r.radio());
    assertTrue(r.ranked().isEmpty());
  }

  @Test
  void ranksLegalPlansWithFiniteOddsAtLapTwelve() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    engine().evaluate(replay.atLap(11), WhatIf.none(), 1); // warm-up: the live path is warm
    StrategyReport r = engine().evaluate(replay.atLap(12), WhatIf.none(), 1);
    System.out.println(
        r.radio() + " in " + r.computeMillis() + " ms, screened " + r.candidatesScreened());
    r.ranked()
        .forEach(
            o ->
                System.out.printf(
                    "%-40s pos %.2f win %.2f pod %.2f p50 %.1f win %d-%d n=%d%n",
                    o.strategy().label(),
                    o.meanPosition(),
                    o.pWin(),
                    o.pPodium(),
                    o.p50S(),
                    o.pitWindowFromLap(),
                    o.pitWindowToLap(),
                    o.races()));
    assertTrue(r.ready(), r.reason());
    assertTrue(r.ranked().size() >= 3);
    for (StrategyOutcome o : r.ranked()) {
      assertTrue(o.strategy().futureStops().stream().allMatch(p -> p.inlap() > 12));
      assertTrue(o.p10S() <= o.p50S() && o.p50S() <= o.p90S() && o.p90S() <= o.worst5PctS());
      assertTrue(Double.isFinite(o.meanFinishS()) && o.pWin() >= 0 && o.pPodium() <= 1);
    }
    assertTrue(r.ranked().get(0).meanPosition() <= r.ranked().get(1).meanPosition());
    assertTrue(r.radio().matches(".*\\d.*"), r.radio());
    assertFalse(r.radio().contains("NaN"), r.radio());
  }

  @Test
  void fitsPositiveDegradationOnTheReplayedStint() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 11);
    RaceSoFar r = replay.atLap(20);
    PaceFit fit = PaceFit.fit(r, LiveRaceModel.fuelSPerLap(file, "HAM")).orElseThrow();
    double fileSlope = LiveRaceModel.fileSlope(file.tyres().get("HAM"), r.compound());
    System.out.println("fit " + fit + " raw " + fit.rawSlopeSPerLap() + " file " + fileSlope);
    assertTrue(fit.laps() >= 15);
  }

  @Test
  void respectsCompoundAvailability() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    WhatIf onlyHard = new WhatIf(false, Double.NaN, Set.of("A3"));
    StrategyReport r = engine().evaluate(replay.atLap(12), onlyHard, 1);
    assertTrue(r.ready());
    r.ranked()
        .forEach(o -> o.strategy().futureStops().forEach(p -> assertEquals("A3", p.compound())));
    // HAM started on A4 and may only fit A3: no plan may stay out to the flag (two-compound rule)
    assertTrue(r.ranked().stream().allMatch(o -> o.strategy().stops() >= 1));
  }

  @Test
  void cheaperPitLossNeverAddsRaceTime() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    RaceSoFar now = replay.atLap(12);
    StrategyReport normal = engine().evaluate(now, WhatIf.none(), 3);
    StrategyReport cheap = engine().evaluate(now, new WhatIf(false, 5.0, Set.of()), 3);
    assertTrue(cheap.best().meanFinishS() < normal.best().meanFinishS());
  }

  /**
   * The evaluation starts from the field at lap N: the same lap with our car a minute further back
   * (a slow stop, a spin) must give a worse expected position than the real state.
   */
  @Test
  void startsFromTheObservedFieldNotFromTheGrid() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    RaceSoFar real = replay.atLap(20);
    CompiledRace race = new CompiledRace(file);
    RaceSnapshot at = real.field();
    ObservedRace slower = new ObservedRace(race, 20);
    int us = race.initials().indexOf("HAM");
    for (int d = 0; d < race.driverCount(); d++) {
      if (at.running(d)) {
        double t = at.raceTimeS(d) + (d == us ? 60.0 : 0.0);
        slower.car(d, t, at.stint(d), at.tyreAgeLaps(d), at.fuelKg(d), at.pittedOnLastLap(d));
      } else {
        slower.retired(d, at.progressLaps(d));
      }
    }
    RaceSoFar behind =
        new RaceSoFar(
            real.ourDriver(),
            20,
            real.lapTimesS(),
            real.compound(),
            real.tyreAgeLaps(),
            real.stopsSoFar(),
            real.fuelKg(),
            real.gapsS(),
            slower.snapshot());
    StrategyReport a = engine().evaluate(real, WhatIf.none(), 5);
    StrategyReport b = engine().evaluate(behind, WhatIf.none(), 5);
    System.out.println("real " + a.best().meanPosition() + " 60 s back " + b.best().meanPosition());
    assertTrue(b.best().meanPosition() > a.best().meanPosition() + 0.5);
    assertTrue(b.best().meanFinishS() > a.best().meanFinishS() + 30);
  }

  @Test
  void safetyCarNowIsEvaluated() {
    TumRaceReplay replay = new TumRaceReplay(file, mcs, "HAM", 7);
    StrategyReport sc =
        engine().evaluate(replay.atLap(20), new WhatIf(true, Double.NaN, Set.of()), 3);
    System.out.println("SC: " + sc.radio());
    assertTrue(sc.ready());
  }
}
