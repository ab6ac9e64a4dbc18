package dev.pitwall.app.live;

import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sources.SourceConnector;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Runs the JavaFX toolkit (without a static {@code Application} subclass): shows the main window
 * for a {@link LiveFeed} and blocks the calling thread until the window is closed.
 */
final class FxWindow {
  private static final java.util.logging.Logger JAVAFX_LOG =
      java.util.logging.Logger.getLogger("javafx");
  private final LiveFeed feed;
  private final Path snapshotDir;
  private final SourceConnector connector;
  private final SessionsDesk sessions;
  private SessionAnnotations annotations;
  private TyreModelRegistry tyreModels;

  /**
   * @param connector switches the window to another source (File → Connect source…), or null
   * @param sessions the session browser and File → Import/Export/Team archive, or null
   */
  FxWindow(LiveFeed feed, Path snapshotDir, SourceConnector connector, SessionsDesk sessions) {
    this.feed = feed;
    this.snapshotDir = snapshotDir;
    this.connector = connector;
    this.sessions = sessions;
  }

  /** Adds the "Mark" bar (annotations at the live session's time) writing into {@code store}. */
  FxWindow annotateInto(SessionAnnotations store) {
    this.annotations = store;
    return this;
  }

  /**
   * Where the Strategy screen's tyre model comes from (the latest version there); none if unset.
   */
  FxWindow tyreModels(TyreModelRegistry registry) {
    this.tyreModels = registry;
    return this;
  }

  /**
   * Starts the JavaFX toolkit on a helper thread so that it initialises while the caller opens the
   * database and the source (start-up time is dominated by these two running one after the other).
   */
  static CompletableFuture<Void> startToolkit() {
    // JavaFX on the classpath (ADR 0002) is supported in practice; its start-up warning says
    // otherwise on every launch, so keep only its real errors.
    JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
    CompletableFuture<Void> started = new CompletableFuture<>();
    Thread.ofPlatform()
        .name("pitwall-fx-start")
        .daemon()
        .start(
            () -> {
              try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> started.complete(null));
              } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
              }
            });
    return started;
  }

  /**
   * @param screenshot PNG to save just before closing by itself, or null
   * @param exitAfter close by itself after this wall-clock time (5 s when only a screenshot is
   *     asked for), or null to stay open until the user closes it
   */
  void showAndWait(Path screenshot, Duration exitAfter, PrintWriter err) {
    Duration closeAfter = WindowAutoClose.closeAfter(screenshot, exitAfter);
    CountDownLatch closed = new CountDownLatch(1);
    ExecutorService background =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "pitwall-snapshots"));
    Platform.runLater(() -> show(screenshot, closeAfter, err, closed, background));
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      Platform.exit();
      background.shutdown();
    }
  }

  private void show(
      Path screenshot,
      Duration closeAfter,
      PrintWriter err,
      CountDownLatch closed,
      ExecutorService background) {
    MainWindow window = new MainWindow(feed, snapshotDir, background);
    window.setSourceConnector(connector);
    if (annotations != null) {
      LiveMarks.attach(window, feed, annotations, background);
    }
    LiveStrategy strategy = attachStrategy(window, err);
    Stage stage = new Stage();
    stage.setTitle("PitWall — " + feed.sessionDescription());
    stage.setScene(window.scene());
    stage.setOnHidden(
        e -> {
          window.stop();
          if (strategy != null) {
            strategy.close();
          }
          closed.countDown();
        });
    stage.show();
    if (sessions != null) {
      sessions.attach(window);
    }
    window.start();
    reportFirstFrame(err);
    WindowAutoClose.schedule(window, stage, closeAfter, screenshot, err);
  }

  /** View → Strategy for the live session (the first one: a source switch keeps it). */
  private LiveStrategy attachStrategy(MainWindow window, PrintWriter err) {
    if (!(feed instanceof StrategyFeed session)) {
      return null;
    }
    try {
      LiveStrategy strategy =
          tyreModels == null
              ? LiveStrategy.attach(session)
              : LiveStrategy.attach(session, tyreModels);
      window.attachStrategy(strategy.screen().node());
      return strategy;
    } catch (RuntimeException e) {
      err.println("pitwall: live strategy unavailable: " + e.getMessage());
      err.flush();
      return null;
    }
  }

  /** Prints once how long it took from launch to the first frame showing live data. */
  private void reportFirstFrame(PrintWriter err) {
    long launchMillis =
        Long.getLong("pitwall.launchMillis", ManagementFactory.getRuntimeMXBean().getStartTime());
    new AnimationTimer() {
      @Override
      public void handle(long now) {
        if (feed.recordedSamples() > 0 || !feed.channels().isEmpty()) {
          stop();
          err.printf(
              "pitwall: first live frame %d ms after launch%n",
              System.currentTimeMillis() - launchMillis);
          err.flush();
        }
      }
    }.start();
  }
}
