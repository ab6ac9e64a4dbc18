package dev.pitwall.analytics.tyre.ml;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.dataset.Batch;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link TelemetryTyreModel} on CPU with DJL's training API. A seeded share of the laps is
 * held out: it gives the version's metrics and the residual spread for the intervals. Runs on the
 * calling thread (a background executor, never the FX thread); takes seconds for hundreds of laps.
 */
public final class TelemetryTyreTrainer {
  /**
   * Fewer laps than this cannot both train and hold out a check (at least {@link #MIN_HELD_OUT}
   * laps); two stints of ten laps is the least a team would train from.
   */
  public static final int MIN_LAPS = 20;

  static final int MIN_HELD_OUT = 5;

  /** Training settings; {@link #defaults()} suits a few hundred laps. */
  public record Settings(
      int members,
      int hiddenUnits,
      int epochs,
      int batchSize,
      float learningRate,
      double heldOutShare,
      int seed) {
    public static Settings defaults() {
      return new Settings(5, 32, 60, 32, 0.01f, 0.2, 42);
    }
  }

  private final Settings settings;
  private final Clock clock;

  public TelemetryTyreTrainer(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @throws IllegalArgumentException when there are fewer than {@link #MIN_LAPS} laps
   */
  public TelemetryTyreModel train(List<TrainingLap> laps) {
    if (laps.size() < MIN_LAPS) {
      throw new IllegalArgumentException(
          "not enough laps to train the tyre model: " + laps.size() + " < " + MIN_LAPS);
    }
    List<TrainingLap> shuffled = new ArrayList<>(laps);
    Collections.shuffle(shuffled, new Random(settings.seed()));
    int heldOut = Math.max(MIN_HELD_OUT, (int) Math.round(laps.size() * settings.heldOutShare()));
    List<TrainingLap> check = shuffled.subList(0, heldOut);
    List<TrainingLap> fit = shuffled.subList(heldOut, shuffled.size());
    FeatureSchema schema = FeatureSchema.fit(fit.stream().map(TrainingLap::features).toList());
    double[][] target = targetScaling(fit);
    Model model = Model.newInstance(TelemetryTyreModel.PREFIX, TelemetryTyreModel.ENGINE);
    try {
      model.setBlock(EnsembleNet.build(settings.members(), settings.hiddenUnits()));
      var provisional =
          new TelemetryTyreModel.Scaling(
              schema,
              target[0],
              target[1],
              new double[EnsembleNet.OUTPUTS],
              settings.members(),
              settings.hiddenUnits());
      fitNetwork(model, fit, provisional);
      return finish(model, provisional, laps, check);
    } catch (RuntimeException e) {
      model.close();
      throw e;
    }
  }

  private void fitNetwork(Model model, List<TrainingLap> fit, TelemetryTyreModel.Scaling scaling) {
    Engine.getEngine(TelemetryTyreModel.ENGINE).setRandomSeed(settings.seed());
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(Loss.l2Loss())
            .optOptimizer(
                Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(settings.learningRate()))
                    .build());
    int width = scaling.schema().width();
    try (Trainer trainer = model.newTrainer(config);
        NDManager data = trainer.getManager().newSubManager()) {
      trainer.initialize(new Shape(1, width));
      NDArray x = data.create(inputs(fit, scaling.schema()), new Shape(fit.size(), width));
      NDArray y =
          data.create(targets(fit, scaling), new Shape(fit.size(), EnsembleNet.OUTPUTS))
              .tile(new long[] {1, settings.members()});
      ArrayDataset dataset =
          new ArrayDataset.Builder()
              .setData(x)
              .optLabels(y)
              .setSampling(settings.batchSize(), true)
              .build();
      for (int epoch = 0; epoch < settings.epochs(); epoch++) {
        for (Batch batch : trainer.iterateDataset(dataset)) {
          try (batch) {
            EasyTrain.trainBatch(trainer, batch);
            trainer.step();
          }
        }
      }
    } catch (IOException | TranslateException e) {
      throw new IllegalStateException("training the tyre model failed: " + e.getMessage(), e);
    }
  }

  /** Held-out metrics and residual spreads (beyond the ensemble's own spread). */
  private TelemetryTyreModel finish(
      Model model,
      TelemetryTyreModel.Scaling provisional,
      List<TrainingLap> all,
      List<TrainingLap> check) {
    float[][] raw;
    float[][] rows = new float[check.size()][provisional.schema().width()];
    for (int r = 0; r < rows.length; r++) {
      provisional.schema().encode(check.get(r).features(), rows[r], 0);
    }
    try (EnsembleCall call = new EnsembleCall(model)) {
      raw = call.run(rows);
    }
    double[][][] m = TelemetryTyrePredictor.moments(raw, provisional);
    HeldOutCheck result = HeldOutCheck.of(check, m, provisional.targetMeans());
    var scaling =
        new TelemetryTyreModel.Scaling(
            provisional.schema(),
            provisional.targetMeans(),
            provisional.targetSds(),
            result.residualSds(),
            provisional.members(),
            provisional.hiddenUnits());
    ModelVersion version =
        new ModelVersion(
            clock.instant(),
            label(all.get(0)),
            label(all.get(all.size() - 1)),
            all.size(),
            settings.members(),
            result.lossMaeS(),
            result.baselineLossMaeS(),
            result.wearMaePct(),
            result.baselineWearMaePct());
    return new TelemetryTyreModel(model, scaling, version);
  }

  private static String label(TrainingLap lap) {
    return lap.sessionId() + " lap " + lap.lapNumber();
  }

  private static double[][] targetScaling(List<TrainingLap> fit) {
    double[][] ms = new double[2][EnsembleNet.OUTPUTS];
    for (TrainingLap lap : fit) {
      double[] t = lap.targets();
      for (int o = 0; o < t.length; o++) {
        ms[0][o] += t[o] / fit.size();
      }
    }
    for (TrainingLap lap : fit) {
      double[] t = lap.targets();
      for (int o = 0; o < t.length; o++) {
        ms[1][o] += (t[o] - ms[0][o]) * (t[o] - ms[0][o]) / fit.size();
      }
    }
    for (int o = 0; o < EnsembleNet.OUTPUTS; o++) {
      ms[1][o] = Math.max(Math.sqrt(ms[1][o]), 1e-6);
    }
    return ms;
  }

  private static float[] inputs(List<TrainingLap> laps, FeatureSchema schema) {
    float[] flat = new float[laps.size() * schema.width()];
    for (int r = 0; r < laps.size(); r++) {
      schema.encode(laps.get(r).features(), flat, r * schema.width());
    }
    return flat;
  }

  private static float[] targets(List<TrainingLap> laps, TelemetryTyreModel.Scaling s) {
    float[] flat = new float[laps.size() * EnsembleNet.OUTPUTS];
    for (int r = 0; r < laps.size(); r++) {
      double[] t = laps.get(r).targets();
      for (int o = 0; o < t.length; o++) {
        flat[r * t.length + o] = (float) ((t[o] - s.targetMeans()[o]) / s.targetSds()[o]);
      }
    }
    return flat;
  }
}
