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
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Spielberg 2019 at lap {@code lap}, on a pool of 2 threads (target: under 1 s on 2 cores).
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
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public StrategyReport afterLap() {
    return engine.evaluate(race, WhatIf.none(), ++seed);
  }
}
