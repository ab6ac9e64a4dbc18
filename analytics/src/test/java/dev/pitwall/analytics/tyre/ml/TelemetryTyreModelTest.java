package dev.pitwall.analytics.tyre.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.tyre.DriftStatus;
import dev.pitwall.analytics.tyre.DriftTracker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelemetryTyreModelTest {
  static final Instant CREATED = Instant.parse("2026-11-23T17:00:00Z");

  private TelemetryTyreModel model;
  private List<TrainingLap> unseen;

  @BeforeAll
  void train() {
    List<TrainingLap> training = new SyntheticStints(1).stints(20, "train");
    unseen = new SyntheticStints(2).stints(10, "unseen");
    model =
        new TelemetryTyreTrainer(
                TelemetryTyreTrainer.Settings.defaults(), Clock.fixed(CREATED, ZoneOffset.UTC))
            .train(training);
  }

  @AfterAll
  void close() {
    model.close();
  }

  @Test
  void learnsHiddenLossAndWearFunctionOnUnseenStints() {
    double trainMeanLoss = model.scaling().targetMeans()[0];
    double lossErr = 0;
    double lossBase = 0;
    double wearErr = 0;
    double wearBase = 0;
    int covered = 0;
    try (TelemetryTyrePredictor predictor = model.newPredictor()) {
      List<TyrePrediction> predictions =
          predictor.predictAll(unseen.stream().map(TrainingLap::features).toList());
      for (int i = 0; i < unseen.size(); i++) {
        TrainingLap lap = unseen.get(i);
        Estimate loss = predictions.get(i).lapTimeLossS();
        lossErr += Math.abs(lap.lapTimeLossS() - loss.value());
        lossBase += Math.abs(lap.lapTimeLossS() - trainMeanLoss);
        covered +=
            lap.lapTimeLossS() >= loss.lower80() && lap.lapTimeLossS() <= loss.upper80() ? 1 : 0;
        for (int c = 0; c < 4; c++) {
          wearErr += Math.abs(lap.wearPct()[c] - predictions.get(i).wearPct().get(c).value());
          wearBase += Math.abs(lap.wearPct()[c] - model.scaling().targetMeans()[c + 1]);
        }
      }
    }
    int n = unseen.size();
    double lossMae = lossErr / n;
    double coverage = (double) covered / n;
    System.out.printf(
        "tyre ml: loss MAE %.3f s (baseline %.3f), wear MAE %.3f %% (baseline %.3f), 80%% coverage %.2f%n",
        lossMae, lossBase / n, wearErr / (4 * n), wearBase / (4 * n), coverage);
    assertTrue(lossMae < 0.3 * lossBase / n, "loss MAE " + lossMae);
    assertTrue(wearErr < 0.5 * wearBase, "wear MAE " + wearErr / (4 * n));
    assertTrue(coverage > 0.65 && coverage < 0.95, "80 % interval coverage " + coverage);
  }

  @Test
  void explainsRearLeftEnergyAboveStintAverageFirst() {
    List<LapFeatures> stint = unseen.subList(0, 10).stream().map(TrainingLap::features).toList();
    LapFeatures average = LapFeatures.average(stint);
    LapFeatures lap =
        average
            .with(NumericFeature.ENERGY_RL, 1.3 * average.value(NumericFeature.ENERGY_RL))
            .with(NumericFeature.MAX_SPEED_KPH, average.value(NumericFeature.MAX_SPEED_KPH) + 2);
    try (TelemetryTyrePredictor predictor = model.newPredictor()) {
      TyrePrediction prediction = predictor.predict(lap, average);
      System.out.println("tyre ml explanation: " + prediction.explanation());
      assertEquals(2, prediction.topContributions().size());
      var top = prediction.topContributions().get(0);
      assertEquals("rear-left energy +30 % vs stint average", top.what());
      assertTrue(top.seconds() > 0.2, "rear-left energy adds time: " + top.seconds());
    }
  }

  @Test
  void savedModelPredictsTheSameAfterLoading(@TempDir Path dir) {
    model.save(dir);
    List<LapFeatures> laps = unseen.subList(0, 5).stream().map(TrainingLap::features).toList();
    try (TelemetryTyreModel loaded = TelemetryTyreModel.load(dir);
        TelemetryTyrePredictor before = model.newPredictor();
        TelemetryTyrePredictor after = loaded.newPredictor()) {
      assertEquals(model.version(), loaded.version());
      List<TyrePrediction> a = before.predictAll(laps);
      List<TyrePrediction> b = after.predictAll(laps);
      for (int i = 0; i < laps.size(); i++) {
        assertEquals(a.get(i).lapTimeLossS().value(), b.get(i).lapTimeLossS().value(), 1e-6);
        assertEquals(a.get(i).lapTimeLossS().upper80(), b.get(i).lapTimeLossS().upper80(), 1e-6);
      }
    }
  }

  @Test
  void predictorsOnTwoThreadsAgreeWithOneThread() throws Exception {
    List<LapFeatures> laps = unseen.stream().map(TrainingLap::features).toList();
    Callable<double[]> job =
        () -> {
          try (TelemetryTyrePredictor own = model.newPredictor()) {
            double[] out = new double[laps.size()];
            for (int round = 0; round < 20; round++) {
              for (int i = 0; i < laps.size(); i++) {
                out[i] = own.predictAll(List.of(laps.get(i))).get(0).lapTimeLossS().value();
              }
            }
            return out;
          }
        };
    var pool = Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(job);
      var b = pool.submit(job);
      double[] reference = job.call();
      assertArrayEquals(reference, a.get(), 1e-6);
      assertArrayEquals(reference, b.get(), 1e-6);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void registryKeepsNumberedVersionsAndOpensTheLatest(@TempDir Path root) throws Exception {
    TyreModelRegistry registry = new TyreModelRegistry(root.resolve("models"));
    assertTrue(registry.latest().isEmpty());
    assertTrue(registry.openLatest().isEmpty());
    registry.save(model, List.of(1L, 2L));
    TyreModelRegistry.Entry second = registry.save(model, List.of(1L, 2L, 5L));
    java.nio.file.Files.createDirectories(root.resolve("models/notes"));
    assertEquals(
        List.of("v0001", "v0002"), registry.versions().stream().map(e -> e.name()).toList());
    TyreModelRegistry.Entry latest = registry.latest().orElseThrow();
    assertEquals(second.dir(), latest.dir());
    assertEquals(List.of(1L, 2L, 5L), latest.sessionIds());
    assertEquals(5L, latest.lastSessionId());
    try (TelemetryTyreModel loaded = latest.open()) {
      assertEquals(model.version(), loaded.version());
    }
  }

  @Test
  void fusedInferenceMatchesDjlsOwnEnsembleBlock() {
    FeatureSchema schema = model.schema();
    float[][] rows = new float[12][schema.width()];
    for (int r = 0; r < rows.length; r++) {
      schema.encode(unseen.get(r).features(), rows[r], 0);
    }
    float[][] reference;
    try (EnsembleCall call = new EnsembleCall(model.djlModel())) {
      reference = call.run(rows);
    }
    try (FusedEnsemble fused = new FusedEnsemble(model.djlModel())) {
      float[][] out = fused.run(rows);
      assertEquals(reference.length, out.length);
      for (int r = 0; r < rows.length; r++) {
        assertArrayEquals(reference[r], out[r], 1e-4f, "row " + r);
      }
      float[][] one = fused.run(new float[][] {rows[3]});
      assertArrayEquals(reference[3], one[0], 1e-4f);
    }
  }

  @Test
  void versionRecordsTrainingRangeAndHeldOutMetrics() {
    ModelVersion v = model.version();
    assertEquals(CREATED, v.createdAt());
    assertEquals("train lap 1", v.firstLap());
    assertEquals("train lap " + v.trainingLaps(), v.lastLap());
    assertTrue(v.trainingLaps() >= 300, "laps " + v.trainingLaps());
    assertTrue(v.heldOutLossMaeS() < 0.5 * v.baselineLossMaeS(), v.toString());
    assertTrue(v.heldOutWearMaePct() < 0.5 * v.baselineWearMaePct(), v.toString());
  }

  @Test
  void flagsDriftWhenCompletedLapsRunSlowerThanPredicted() {
    DriftTracker tracker = new DriftTracker(10);
    try (TelemetryTyrePredictor predictor = model.newPredictor()) {
      List<TyrePrediction> predictions =
          predictor.predictAll(unseen.stream().map(TrainingLap::features).toList());
      for (int i = 0; i < 10; i++) {
        tracker.record(predictions.get(i).forDriftTracking(i + 1, 0), unseen.get(i).lapTimeLossS());
      }
      assertFalse(tracker.status().drifting(), tracker.status().toString());
      for (int i = 10; i < 20; i++) {
        double worn = unseen.get(i).lapTimeLossS() + 0.6;
        tracker.record(predictions.get(i).forDriftTracking(i + 1, 0), worn);
      }
    }
    DriftStatus status = tracker.status();
    assertTrue(status.drifting(), status.toString());
  }
}
