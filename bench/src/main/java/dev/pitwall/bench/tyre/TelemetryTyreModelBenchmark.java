package dev.pitwall.bench.tyre;

import dev.pitwall.analytics.tyre.LapPrediction;
import dev.pitwall.analytics.tyre.Stint;
import dev.pitwall.analytics.tyre.StintForecaster;
import dev.pitwall.analytics.tyre.StintLap;
import dev.pitwall.analytics.tyre.TargetLap;
import dev.pitwall.analytics.tyre.TyreModelTrainer;
import dev.pitwall.analytics.tyre.ml.FeatureSchema;
import dev.pitwall.analytics.tyre.ml.LapFeatures;
import dev.pitwall.analytics.tyre.ml.NumericFeature;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreModel;
import dev.pitwall.analytics.tyre.ml.TelemetryTyrePredictor;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreTrainer;
import dev.pitwall.analytics.tyre.ml.TrainingLap;
import dev.pitwall.analytics.tyre.ml.TyrePrediction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Latency of the DJL/PyTorch telemetry tyre model (5-member ensemble, 2 × 32 hidden units, fused
 * into three wide layers for inference) on synthetic laps: the live path (one lap, interval +
 * occlusion explanation = 18 rows in one forward call), one lap without explanation, and a batch of
 * 1,000 laps; against the same run's fitted-curve baseline ({@code StintForecaster}, next lap from
 * 5 laps, alone and with a 19-car field). Sample mode gives p50/p90/p99; the load average before
 * and after is printed. Target p99 ≤ 1 ms for the live path. Run from the worktree root after the
 * analytics tests have extracted PyTorch: {@code java -jar bench/target/benchmarks.jar
 * TelemetryTyreModelBenchmark}.
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
  private StintForecaster fitted;
  private List<Stint> field;
  private List<StintLap> history;
  private List<TargetLap> nextLap;

  @Setup(Level.Trial)
  public void setUp() {
    System.out.println("load average at start: " + loadAverage());
    List<Stint> race = syntheticStints(4, 20, new SplittableRandom(3));
    fitted =
        new StintForecaster(
            new TyreModelTrainer(5, 5)
                .train(race.stream().filter(s -> !s.raceId().equals("R3")).toList()));
    field = race.stream().filter(s -> s.raceId().equals("R3")).toList();
    // Mid-stint (laps 17-21), so the other cars have completed windows to score.
    history = field.get(0).laps().subList(15, 20);
    nextLap = List.of(TargetLap.after(history.get(4), 1));
    field = field.subList(1, field.size());
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
    System.out.println("load average at end: " + loadAverage());
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

  /** Baseline: the fitted-curve forecaster, next lap from 5 laps, no field. */
  @Benchmark
  public LapPrediction fittedBaselineNextLap() {
    return fitted.forecast("MEDIUM", history, nextLap).get(0);
  }

  /**
   * Baseline with the field: 19 other cars, whose completed laps (about 300 five-lap windows) are
   * scored as the live path does.
   */
  @Benchmark
  public LapPrediction fittedBaselineNextLapWithField() {
    return fitted.forecast("MEDIUM", history, nextLap, field).get(0);
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  /** Races of 20 cars, 25 laps on one set each, 90 s laps, tyre 0.1 s/lap, lap noise 0.2 s. */
  static List<Stint> syntheticStints(int races, int cars, SplittableRandom random) {
    List<Stint> out = new ArrayList<>();
    for (int r = 0; r < races; r++) {
      for (int c = 0; c < cars; c++) {
        double level = 90 + random.nextDouble();
        List<StintLap> laps = new ArrayList<>();
        for (int lap = 2; lap <= 26; lap++) {
          double t = level + 0.1 * lap - 0.05 * lap + 0.2 * random.nextGaussian();
          laps.add(new StintLap(lap, lap - 1, t, lap * 90.0 + c));
        }
        out.add(new Stint("R" + r, "D" + c, 1, "MEDIUM", laps));
      }
    }
    return out;
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
