package dev.pitwall.app.replay;

import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.live.WindowAutoClose;
import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the JavaFX toolkit, shows the replay window and blocks until it is closed (the replay
 * counterpart of the live window launcher).
 */
public final class ReplayWindow {
  private final ReplayFeed feed;
  private final SessionStore store;
  private final long sessionId;
  private final Path snapshotDir;
  private TyreModelRegistry tyreModels;

  public ReplayWindow(ReplayFeed feed, SessionStore store, long sessionId, Path snapshotDir) {
    this.feed = feed;
    this.store = store;
    this.sessionId = sessionId;
    this.snapshotDir = snapshotDir;
  }

  /** The Strategy screen predicts our laps with the latest model of {@code registry}. */
  public ReplayWindow tyreModels(TyreModelRegistry registry) {
    this.tyreModels = registry;
    return this;
  }

  /**
   * @param screenshot PNG saved just before closing by itself, or null
   * @param exitAfter close by itself after this wall-clock time, or null
   */
  public void showAndWait(Path screenshot, Duration exitAfter, PrintWriter err) {
    Duration closeAfter = WindowAutoClose.closeAfter(screenshot, exitAfter);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger n = new AtomicInteger();
    ExecutorService background =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "pitwall-analysis-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Platform.setImplicitExit(false);
    Platform.startup(() -> show(screenshot, closeAfter, err, closed, background));
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Platform.exit();
      background.shutdownNow();
    }
  }

  private void show(
      Path screenshot,
      Duration closeAfter,
      PrintWriter err,
      CountDownLatch closed,
      ExecutorService background) {
    ReplayDesk desk =
        new ReplayDesk(feed, store, sessionId, snapshotDir, background, Platform::runLater);
    if (tyreModels != null) {
      desk.strategy().useTyreModels(tyreModels);
    }
    Stage stage = new Stage();
    stage.setTitle("PitWall replay — " + feed.sessionDescription());
    stage.setScene(desk.window().scene());
    stage.setOnHidden(
        e -> {
          desk.stop();
          closed.countDown();
        });
    stage.show();
    desk.start();
    WindowAutoClose.schedule(desk.window(), stage, closeAfter, screenshot, err);
  }
}
