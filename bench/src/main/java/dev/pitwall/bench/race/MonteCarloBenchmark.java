package dev.pitwall.bench.race;

import dev.pitwall.analytics.race.montecarlo.MonteCarloRequest;
import dev.pitwall.analytics.race.montecarlo.MonteCarloRunner;
import dev.pitwall.analytics.race.montecarlo.MonteCarloSummary;
import dev.pitwall.analytics.race.montecarlo.StochasticRace;
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
 * 10,000 Monte Carlo races of Spielberg 2019 (20 cars, 71 laps, every random effect on) on a pool
 * of {@code threads} threads, no early stop (target: at most 10 s on 2 cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class MonteCarloBenchmark {
  @Param({"1", "2"})
  int threads;

  private StochasticRace race;
  private ExecutorService pool;

  @Setup
  public void setUp() {
    race = RaceBenchData.stochastic("Spielberg_2019");
    pool = Executors.newFixedThreadPool(threads);
  }

  @TearDown
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public MonteCarloSummary tenThousandRaces() {
    return new MonteCarloRunner(race, pool)
        .run(new MonteCarloRequest(10_000, 1000, threads, 0, 0, 1000));
  }
}
