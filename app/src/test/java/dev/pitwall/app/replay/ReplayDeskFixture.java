package dev.pitwall.app.replay;

import static dev.pitwall.app.ui.FxSteps.fxRun;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The replay window of one stored COTA session, built as the app builds it (feed, desk, a
 * background thread for the analyses), for the replay window tests: made in the test's
 * {@code @Start}, {@link #close closed} after each test.
 */
final class ReplayDeskFixture {
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-analysis"));
  final ReplayFeed feed;
  final ReplayDesk desk;

  /**
   * Starts replaying session {@code id} of {@code store} in a new desk, each seek starting {@code
   * preroll} early, paced by {@code pacing} (e.g. {@code source -> source.setSpeed(16)} or {@code
   * ReplaySource::pause}); with a {@code history} store the lap table catches up after a seek, with
   * null it does not.
   */
  ReplayDeskFixture(
      SessionStore store,
      long id,
      Duration preroll,
      Consumer<ReplaySource> pacing,
      SessionStore history) {
    ReplaySource source = new ReplaySource(store, id, SourceMetadata.UNKNOWN, preroll);
    pacing.accept(source);
    var summary = store.session(id).orElseThrow();
    feed =
        ReplayFeed.start(
            source, summary, Optional.of(TrackCatalog.builtIn().load("cota")), history);
    desk = new ReplayDesk(feed, store, id, FxSteps.SHOTS, background, Platform::runLater);
  }

  /** Shows the window on {@code stage} at its preferred size and starts the desk; FX thread. */
  void show(Stage stage) {
    stage.setScene(desk.window().scene());
    stage.sizeToScene();
    stage.show();
    desk.start();
  }

  /** Shows the window on {@code stage} at a fixed size and starts the desk; FX thread. */
  void show(Stage stage, double width, double height) {
    stage.setScene(desk.window().scene());
    stage.setWidth(width);
    stage.setHeight(height);
    stage.show();
    desk.start();
  }

  /** Saves a PNG of the replay window under target/screenshots, see {@link FxSteps#saveWindow}. */
  Path save(String name) throws Exception {
    return FxSteps.saveWindow(desk.window(), name);
  }

  /** Stops the desk on the FX thread, then the feed and the analysis thread. */
  void close() throws Exception {
    fxRun(desk::stop);
    feed.close();
    background.shutdownNow();
  }
}
