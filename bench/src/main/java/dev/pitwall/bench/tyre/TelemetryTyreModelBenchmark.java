package dev.pitwall.bench.tyre;

import dev.pitwall.analytics.tyre.ml.FeatureSchema;
import dev.pitwall.analytics.tyre.ml.LapFeatures;
import dev.pitwall.analytics.tyre.ml.NumericFeature;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreModel;
import dev.pitwall.analytics.tyre.ml.TelemetryTyrePredictor;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreTrainer;
import dev.pitwall.analytics.tyre.ml.TrainingLap;
import dev.pitwall.analytics.tyre.ml.TyrePrediction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the DJL/PyTorch telemetry tyre model (5-member ensemble, 2 × 32 hidden units) on
 * synthetic laps: the live path (one lap, interval + occlusion explanation = 18 rows in one forward
 * call), one lap without explanation, and a batch of 1,000 laps. Target p99 ≤ 1 ms for the live
 * path. Run from the worktree root after the analytics tests have extracted PyTorch: {@code java
 * -jar bench/target/benchmarks.jar TelemetryTyreModelBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Dai.djl.offline=true",
      "-DDJL_CACHE_DIR=analytics/target/djl-cache",
      "-DENGINE_CACHE_DIR=analytics/target/djl-cache",
      "-Dai.djl.pytorch.num_threads=1",
      "-Dai.djl.pytorch.num_interop_threads=1"
    })
public class TelemetryTyreModelBenchmark {
  private TelemetryTyreModel model;
  private TelemetryTyrePredictor predictor;
  private LapFeatures lap;
  private LapFeatures stintAverage;
  private List<LapFeatures> batch;

  @Setup(Level.Trial)
  public void setUp() {
    List<TrainingLap> laps = syntheticLaps(400, new SplittableRandom(1));
    var settings = new TelemetryTyreTrainer.Settings(5, 32, 10, 32, 0.01f, 0.2, 42);
    model = new TelemetryTyreTrainer(settings, Clock.systemUTC()).train(laps);
    predictor = model.newPredictor();
    List<LapFeatures> features = laps.stream().map(TrainingLap::features).toList();
    lap = features.get(7);
    stintAverage = LapFeatures.average(features.subList(0, 20));
    batch =
        syntheticLaps(1000, new SplittableRandom(2)).stream().map(TrainingLap::features).toList();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    predictor.close();
    model.close();
  }

  /** Live path: one lap with interval and top-three explanation. */
  @Benchmark
  public TyrePrediction predictOneLapExplained() {
    return predictor.predict(lap, stintAverage);
  }

  /** One lap, interval only. */
  @Benchmark
  public List<TyrePrediction> predictOneLap() {
    return predictor.predictAll(List.of(lap));
  }

  /** 1,000 laps in one forward call (e.g. re-scoring a session). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<TyrePrediction> predictThousandLaps() {
    return predictor.predictAll(batch);
  }

  static List<TrainingLap> syntheticLaps(int count, SplittableRandom random) {
    List<TrainingLap> laps = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double[] f = new double[FeatureSchema.NUMERIC.size()];
      for (int k = 0; k < f.length; k++) {
        f[k] = 100 * (1 + 0.1 * random.nextGaussian());
      }
      f[NumericFeature.TYRE_AGE_LAPS.ordinal()] = 1 + i % 20;
      double loss = 0.05 * f[NumericFeature.TYRE_AGE_LAPS.ordinal()] + 0.01 * (f[9] - 100);
      double[] wear = {0.3, 0.3, 0.35, 0.35};
      laps.add(
          new TrainingLap(
              "bench",
              i + 1,
              new LapFeatures(f, i % 2 == 0 ? "SOFT" : "HARD", "cota"),
              loss,
              wear));
    }
    return laps;
  }
}
