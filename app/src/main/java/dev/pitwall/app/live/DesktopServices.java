package dev.pitwall.app.live;

import dev.pitwall.app.replay.ReplayFeed;
import dev.pitwall.app.replay.ReplayStages;
import dev.pitwall.app.replay.ReplayWindow;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.track.TrackCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root's implementation of {@link AppServices}: H2 for storage, the {@link
 * SourceFactory} for sources, JavaFX for the window.
 */
public final class DesktopServices implements AppServices {
  private final SourceFactory sources = new SourceFactory(TrackCatalog.builtIn());

  @Override
  public SessionStore openStore(Path db) {
    return DatabaseUnlock.open(db, DatabaseUnlock.console()); // asks only if db is encrypted
  }

  @Override
  public RecordResult record(SourceRequest request, Path db) {
    SourceFactory.Prepared prepared = sources.create(request);
    try (SessionStore store = openStore(db)) {
      LiveSession session =
          LiveSession.start(
              prepared.source(),
              store,
              prepared.track(),
              request.duration(),
              prepared.channelMap());
      return recordUntilEnd(store, session);
    }
  }

  @Override
  public RecordResult continueRecording(long sessionId, SourceRequest request, Path db) {
    SourceFactory.Prepared prepared = sources.create(request);
    try (SessionStore store = openStore(db)) {
      SessionSummary summary =
          store
              .session(sessionId)
              .orElseThrow(() -> new StoreException("there is no session " + sessionId));
      if (!(store instanceof InterruptedSessions recovery)) {
        throw new StoreException("this store cannot continue sessions");
      }
      Continuation c = recovery.continueSession(sessionId, Instant.now());
      LiveSession session =
          LiveSession.startInto(
              prepared.source(),
              c.recording(),
              summary.info(),
              prepared.track(),
              request.duration(),
              prepared.channelMap());
      return recordUntilEnd(store, session);
    }
  }

  private static RecordResult recordUntilEnd(SessionStore store, LiveSession session) {
    Thread hook = new Thread(session::close, "pitwall-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      while (!session.awaitEnd(Duration.ofSeconds(1))) {
        // a source without an end records until Ctrl-C; the shutdown hook closes it
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      session.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    return result(store, session);
  }

  private static RecordResult result(SessionStore store, LiveSession session) {
    long id = Long.parseLong(session.sessionId());
    SessionSummary summary = store.session(id).orElseThrow();
    var counters = session.recorderCounters();
    return new RecordResult(
        id,
        summary.samples(),
        summary.laps(),
        summary.bestLapS().orElse(Double.NaN),
        summary.duration().toNanos() / 1e9,
        counters.samplesDropped() + counters.samplesLost(),
        summary.status() == SessionStatus.RECORDING ? SessionStatus.COMPLETED : summary.status());
  }

  @Override
  public int openWindow(
      SourceRequest request,
      Path db,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err) {
    CompletableFuture<Void> toolkit = FxWindow.startToolkit();
    SourceFactory.Prepared prepared = sources.create(request);
    if (Boolean.getBoolean("pitwall.headless")) {
      err.println(
          "pitwall: no display found: the window runs headless (Monocle); use --screenshot FILE to see it");
      err.flush();
    }
    Path snapshots = db.toAbsolutePath().getParent().resolve("snapshots");
    try (SessionStore store = openWindowStore(db, toolkit);
        SessionsDesk sessions = new SessionsDesk(store, db, snapshots)) {
      LiveSession first =
          LiveSession.start(
              prepared.source(), store, prepared.track(), null, prepared.channelMap());
      LiveSwitcher switcher = new LiveSwitcher(sources, store, first);
      Thread hook = new Thread(switcher::close, "pitwall-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        toolkit.join();
        new FxWindow(first, snapshots, switcher, sessions).showAndWait(screenshot, exitAfter, err);
      } finally {
        switcher.close();
        Runtime.getRuntime().removeShutdownHook(hook);
      }
      for (LiveSession session : switcher.sessions()) {
        RecordResult r = result(store, session);
        out.printf(
            java.util.Locale.ROOT,
            "session %d recorded: %d samples, %d laps, %d dropped%n",
            r.sessionId(),
            r.samples(),
            r.laps(),
            r.droppedSamples());
      }
      out.flush();
      return 0;
    }
  }

  /** The window asks for an encrypted database's password in a dialog before opening it. */
  private static SessionStore openWindowStore(Path db, CompletableFuture<Void> toolkit) {
    try {
      return DatabaseUnlock.open(db, new FxPasswordPrompt(toolkit));
    } catch (DatabaseUnlock.Cancelled e) {
      javafx.application.Platform.exit();
      throw e;
    }
  }

  @Override
  public int openReplay(
      long sessionId,
      Path db,
      double speed,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err) {
    try (SessionStore store = openStore(db)) {
      ReplayFeed started = ReplayStages.startFeed(store, sessionId, speed);
      ReplaySource source = started.source();
      try (ReplayFeed feed = started) {
        new ReplayWindow(
                feed, store, sessionId, db.toAbsolutePath().getParent().resolve("snapshots"))
            .showAndWait(screenshot, exitAfter, err);
      }
      out.printf(
          java.util.Locale.ROOT,
          "replayed session %d up to %.1f s of %.1f s%n",
          sessionId,
          source.positionNanos() / 1e9,
          source.endNanos() / 1e9);
      out.flush();
      return 0;
    }
  }
}
