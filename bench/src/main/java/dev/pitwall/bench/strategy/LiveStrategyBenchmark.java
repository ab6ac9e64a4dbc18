package dev.pitwall.bench.strategy;

import dev.pitwall.analytics.race.montecarlo.McsFileReader;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import dev.pitwall.analytics.strategy.RaceSoFar;
import dev.pitwall.analytics.strategy.StrategyEngine;
import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.TumRaceReplay;
import dev.pitwall.analytics.strategy.WhatIf;
import dev.pitwall.analytics.strategy.live.CarObservation;
import dev.pitwall.analytics.strategy.live.FieldObservation;
import dev.pitwall.analytics.strategy.live.LiveStrategyEngine;
import dev.pitwall.analytics.strategy.live.SeriesParams;
import dev.pitwall.core.session.Lap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One live strategy run (what the Strategy screen does after a lap) for HAM in a replay of
 * Spielberg 2019 at lap {@code lap}, on a pool of 2 threads (target: under 1 s on 2 cores); since
 * issue 5's follow-up every Monte Carlo race starts from the race state at lap N and simulates only
 * the remaining laps. {@code liveGr86FieldAfterLap}: the same for the live session's path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(1)
public class LiveStrategyBenchmark {
  @Param({"12", "40"})
  int lap;

  private StrategyEngine engine;
  private LiveStrategyEngine live;
  private FieldObservation field;
  private RaceSoFar race;
  private ExecutorService pool;
  private long seed;

  @Setup
  public void setUp() {
    Path tum = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum");
    if (!Files.isDirectory(tum)) {
      throw new IllegalStateException("TUM data not found at " + tum + "; pass -Dpitwall.data");
    }
    RaceDefinition file = RaceFileReader.read(tum.resolve("pars_Spielberg_2019.ini"));
    var mcs = McsFileReader.read(tum.resolve("pars_mcs.ini"));
    pool = Executors.newFixedThreadPool(2);
    engine = new StrategyEngine(file, mcs, pool, StrategySettings.live(2));
    race = new TumRaceReplay(file, mcs, "HAM", 11).atLap(lap);
    live = new LiveStrategyEngine(SeriesParams.gr86Cup(), pool, StrategySettings.live(2));
    field = gr86Field(10, Math.min(6 + lap / 10, 11));
  }

  /** Ten simulated-looking GR86s 1.2 s apart, 0.25 s/lap apart in pace, our car leading. */
  static FieldObservation gr86Field(int cars, int laps) {
    List<CarObservation> seen = new ArrayList<>();
    long now = 0;
    for (int k = 0; k < cars; k++) {
      List<Lap> done = new ArrayList<>();
      double t = 1.2 * k;
      for (int n = 1; n <= laps; n++) {
        double lapS = 152 + 0.25 * k + 0.08 * (n - 1) + 0.1 * Math.sin(n * 3 + k);
        long a = (long) (t * 1e9);
        t += lapS;
        long b = (long) (t * 1e9);
        if (k == 0 || b <= now) {
          done.add(new Lap(k, n, a, b, List.of(), true));
        }
        now = k == 0 ? b : now;
      }
      seen.add(new CarObservation(k, done, 2000.0, null, Double.NaN, List.of(), Double.NaN));
    }
    return new FieldObservation(0, now, 5500, 0, seen, FieldObservation.Neutralisation.NONE, 0);
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  /** The live session's path: a 10-car GR86 Cup field after lap 7 (lap=12) or 10 (lap=40) of 15. */
  @Benchmark
  public StrategyReport liveGr86FieldAfterLap() {
    return live.evaluate(field, WhatIf.none(), ++seed);
  }

  @Benchmark
  public StrategyReport afterLap() {
    return engine.evaluate(race, WhatIf.none(), ++seed);
  }
}
