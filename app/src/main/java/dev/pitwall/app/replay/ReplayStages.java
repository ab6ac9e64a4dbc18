package dev.pitwall.app.replay;

import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.ui.sessions.SessionOpener;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens stored sessions in replay windows inside the running application (the session browser's
 * "Open replay"): each is a {@link ReplayDesk} — live screen over the replay, replay bar, Lap
 * analysis and Coaching — on its own stage, stopped and closed with it.
 *
 * <p>Thread contract: {@link #open} on the FX thread; the replay source is prepared on {@code
 * background}, the session analysis runs there too.
 */
public final class ReplayStages implements SessionOpener, AutoCloseable {
  /** Session time replayed before a seek point, so traces have history (as the CLI's replay). */
  static final Duration PRE_ROLL = Duration.ofSeconds(65);

  private final SessionStore store;
  private final Path snapshotDir;
  private final Executor background;
  private final Executor toFx;
  private final Window owner;
  private volatile TyreModelRegistry tyreModels;
  private final java.util.Set<ReplayFeed> playing =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * @param owner the main window: replay windows close with it
   */
  public ReplayStages(
      SessionStore store, Path snapshotDir, Executor background, Executor toFx, Window owner) {
    this.store = store;
    this.snapshotDir = snapshotDir;
    this.background = background;
    this.toFx = toFx;
    this.owner = owner;
  }

  /**
   * Replay windows opened from now on predict our laps with the latest model of {@code registry}.
   */
  public void setTyreModels(TyreModelRegistry registry) {
    this.tyreModels = registry;
  }

  @Override
  public CompletableFuture<Void> open(long sessionId) {
    return CompletableFuture.supplyAsync(() -> startFeed(store, sessionId, 1.0), background)
        .thenAcceptAsync(feed -> show(feed, sessionId), toFx);
  }

  private void show(ReplayFeed feed, long sessionId) {
    playing.add(feed);
    ReplayDesk desk = new ReplayDesk(feed, store, sessionId, snapshotDir, background, toFx);
    if (tyreModels != null) {
      desk.strategy().useTyreModels(tyreModels);
    }
    Stage stage = new Stage();
    if (owner != null) {
      stage.initOwner(owner);
    }
    stage.setTitle("PitWall replay — " + feed.sessionDescription());
    stage.setScene(desk.window().scene());
    stage.setOnHidden(
        e -> {
          desk.stop();
          background.execute(() -> stopPlaying(feed)); // waits for its thread: not on FX
        });
    stage.show();
    desk.start();
  }

  private void stopPlaying(ReplayFeed feed) {
    if (playing.remove(feed)) {
      feed.close();
    }
  }

  /**
   * Stops every replay still playing, so none reads the store after it is closed. Call from the
   * thread that closes the store, after the windows have closed.
   */
  @Override
  public void close() {
    for (ReplayFeed feed : List.copyOf(playing)) {
      stopPlaying(feed);
    }
  }

  /**
   * Starts replaying stored session {@code sessionId} at {@code speed} (real-time factor), on its
   * circuit when the track is a built-in one. Blocks briefly (reads the session's summary).
   *
   * @throws StoreException when there is no such session
   */
  public static ReplayFeed startFeed(SessionStore store, long sessionId, double speed) {
    SessionSummary summary =
        store.session(sessionId).orElseThrow(() -> new StoreException("no session " + sessionId));
    ReplaySource source =
        new ReplaySource(
            store,
            sessionId,
            new SourceMetadata(
                summary.info().car(), summary.info().driver(), summary.info().track()),
            PRE_ROLL);
    source.setSpeed(speed);
    TrackCatalog catalog = TrackCatalog.builtIn();
    String key = summary.info().track();
    Optional<TrackLayout> track =
        catalog.names().contains(key) ? Optional.of(catalog.load(key)) : Optional.empty();
    return ReplayFeed.start(source, summary, track, store); // with the lap catch-up after a seek
  }
}
