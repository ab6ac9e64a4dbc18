package dev.pitwall.app.live;

import dev.pitwall.analytics.tyre.ml.FeatureSchema;
import dev.pitwall.analytics.tyre.ml.LapFeatures;
import dev.pitwall.analytics.tyre.ml.ModelVersion;
import dev.pitwall.analytics.tyre.ml.PyTorchSettings;
import dev.pitwall.analytics.tyre.ml.SessionTrainingLaps;
import dev.pitwall.analytics.tyre.ml.TelemetryTyreModel;
import dev.pitwall.analytics.tyre.ml.TelemetryTyrePredictor;
import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.ui.strategy.TyreModelView;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The trained tyre model in the live (or replayed) session: the feed's lap-timer thread keeps our
 * car's samples of the lap in progress ({@link LapSampleWindow}) and, when our lap completes, hands
 * its cut-out window to the {@code pitwall-tyre-model} thread, which loads the latest model beside
 * the database once, runs {@link TyreLapModel} and passes the result to {@code show}. Nothing here
 * runs on the FX thread. {@link #close} stops the thread and frees the model's native memory.
 */
final class LiveTyre implements AutoCloseable {
  static final Set<String> CHANNELS = Set.copyOf(SessionTrainingLaps.CHANNELS);

  private final int ourCar;
  private final LapSampleWindow window = new LapSampleWindow(CHANNELS);
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "pitwall-tyre-model");
            t.setDaemon(true);
            return t;
          });
  private final Consumer<TyreModelView> show;
  private volatile boolean onScreen = true;
  // worker thread only
  private TelemetryTyreModel model;
  private TelemetryTyrePredictor predictor;
  private TyreLapModel laps;

  LiveTyre(TyreModelRegistry registry, String track, int ourCar, Consumer<TyreModelView> show) {
    this.ourCar = ourCar;
    this.show = show;
    submit(() -> load(registry, track));
  }

  private void load(TyreModelRegistry registry, String track) {
    var entry = registry.latest();
    if (entry.isEmpty()) {
      show.accept(TyreModelView.message("", "no tyre model yet: pitwall tyre-model train"));
      return;
    }
    show.accept(TyreModelView.message("", "loading tyre model " + entry.get().name() + " …"));
    try {
      PyTorchSettings.applyDefaults();
      model = entry.get().open();
      predictor = model.newPredictor();
      // the first forward pass initialises the engine (tens of ms): not on our first lap
      double[] zeros = new double[FeatureSchema.NUMERIC.size()];
      predictor.predictAll(List.of(new LapFeatures(zeros, TyreLapModel.COMPOUND, track)));
      laps = new TyreLapModel(predictor, describe(entry.get().name(), model.version()), track);
      show.accept(laps.shown());
    } catch (RuntimeException | UnsatisfiedLinkError e) {
      show.accept(
          TyreModelView.message(
              "", "tyre model " + entry.get().name() + " unavailable: " + e.getMessage()));
    }
  }

  static String describe(String name, ModelVersion v) {
    return String.format(
        Locale.ROOT,
        "tyre model %s · %d laps (%s .. %s) · held-out loss MAE %.2f s",
        name,
        v.trainingLaps(),
        v.firstLap(),
        v.lastLap(),
        v.heldOutLossMaeS());
  }

  /** Lap-timer thread. */
  void sample(SampleBlock block) {
    window.accept(block);
  }

  /** Lap-timer thread: our completed lap goes to the worker with its samples. */
  void lap(Lap lap) {
    if (lap.car() != ourCar) {
      return;
    }
    Map<String, SampleBlock> blocks = window.cut(lap);
    submit(
        () -> {
          if (laps != null && blocks.isEmpty()) {
            laps.lapWithoutTelemetry(lap); // announced again after a replay seek
          } else if (laps != null) {
            try {
              show.accept(laps.lap(lap, blocks, onScreen));
            } catch (RuntimeException e) {
              show.accept(laps.failed(lap, e));
            }
          }
        });
  }

  /**
   * Whether the tyre panel is on screen (any thread): explanations are computed only then, and the
   * one left out is computed as soon as it comes on screen.
   */
  void setOnScreen(boolean visible) {
    onScreen = visible;
    if (visible) {
      submit(
          () -> {
            if (laps != null) {
              show.accept(laps.explained());
            }
          });
    }
  }

  /** Lap-timer thread, at a replay seek. */
  void restart() {
    window.clear();
    submit(
        () -> {
          if (laps != null) {
            show.accept(laps.restart());
          }
        });
  }

  private void submit(Runnable task) {
    try {
      worker.execute(task);
    } catch (RejectedExecutionException closed) {
      // closed: the window is going away
    }
  }

  @Override
  public void close() {
    submit(
        () -> {
          if (predictor != null) {
            predictor.close();
          }
          if (model != null) {
            model.close();
          }
        });
    worker.shutdown();
  }
}
