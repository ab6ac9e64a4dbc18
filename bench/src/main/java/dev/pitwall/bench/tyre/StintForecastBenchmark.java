package dev.pitwall.bench.tyre;

import dev.pitwall.analytics.tyre.LapPrediction;
import dev.pitwall.analytics.tyre.Stint;
import dev.pitwall.analytics.tyre.StintForecaster;
import dev.pitwall.analytics.tyre.StintLap;
import dev.pitwall.analytics.tyre.TargetLap;
import dev.pitwall.analytics.tyre.TyreModel;
import dev.pitwall.analytics.tyre.TyreModelTrainer;
import dev.pitwall.analytics.tyre.fastf1.FastF1LapReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tyre-model latency on real Bahrain laps: one live-path prediction (the next lap of a stint from
 * its first 5 clean laps; target p99 at most 1 ms) and one full leave-one-race-out training. Run
 * with {@code java -Dpitwall.data=../shared/data -jar bench/target/benchmarks.jar
 * StintForecastBenchmark -bm sample} for percentiles.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StintForecastBenchmark {
  private List<Stint> stints;
  private StintForecaster forecaster;
  private Stint stint;
  private List<StintLap> history;
  private List<TargetLap> nextLap;

  @Setup
  public void setUp() throws IOException {
    Path data = Path.of(System.getProperty("pitwall.data", "../shared/data"));
    stints =
        new FastF1LapReader().read(data.resolve("f1-laps/Bahrain_unfiltered_laps.csv")).stints();
    TyreModel model =
        new TyreModelTrainer(5, 5)
            .train(stints.stream().filter(s -> !s.raceId().equals("2024")).toList());
    forecaster = new StintForecaster(model);
    stint =
        stints.stream()
            .filter(s -> s.raceId().equals("2024") && s.laps().size() >= 10)
            .findFirst()
            .orElseThrow();
    history = stint.laps().subList(0, 5);
    nextLap = List.of(TargetLap.after(history.get(4), 1));
  }

  /** Live path: one lap ahead, with interval and explanation. */
  @Benchmark
  public LapPrediction predictNextLap() {
    return forecaster.forecast(stint.compound(), history, nextLap).get(0);
  }

  /** Background path: train (form choice + calibration) on all seven Bahrain races. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 5)
  @Warmup(iterations = 2)
  public TyreModel trainAllSevenRaces() {
    return new TyreModelTrainer(5, 5).train(stints);
  }
}
