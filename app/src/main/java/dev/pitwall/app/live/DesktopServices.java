package dev.pitwall.app.live;

import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.replay.ReplayFeed;
import dev.pitwall.app.replay.ReplayStages;
import dev.pitwall.app.replay.ReplayWindow;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root's implementation of {@link AppServices}: H2 for storage, the {@link
 * SourceFactory} for sources, JavaFX for the window.
 */
public final class DesktopServices implements AppServices {
  private final SourceFactory sources = new SourceFactory(TrackCatalog.builtIn());
  private final ScriptedPassword passwords;

  public DesktopServices() {
    this(System::getenv);
  }

  /** With {@code env} as the environment (for {@link ScriptedPassword#ENV}; tests give a map). */
  public DesktopServices(java.util.function.UnaryOperator<String> env) {
    this.passwords = new ScriptedPassword(env, DatabaseUnlock.console());
  }

  @Override
  public SessionStore openStore(Path db) {
    return DatabaseUnlock.open(db, passwords); // asks only if db is encrypted
  }

  @Override
  public void rememberPassword(Path db, char[] password) {
    passwords.remember(db, password);
  }

  @Override
  public RecordResult record(SourceRequest request, Path db) {
    return record(List.of(request), db);
  }

  /** One source as before; several through a {@link CombinedSource} into one session. */
  @Override
  public RecordResult record(List<SourceRequest> requests, Path db) {
    List<SourceFactory.Prepared> prepared = requests.stream().map(sources::create).toList();
    TelemetrySource source =
        prepared.size() == 1
            ? prepared.get(0).source()
            : CombinedSource.of(prepared.stream().map(SourceFactory.Prepared::source).toList());
    Optional<TrackLayout> track =
        prepared.stream().map(SourceFactory.Prepared::track).flatMap(Optional::stream).findFirst();
    try (SessionStore store = openStore(db)) {
      LiveSession session =
          LiveSession.start(
              source, store, track, requests.get(0).duration(), prepared.get(0).channelMap());
      RecordResult r = recordUntilEnd(store, session);
      List<String> renames = source instanceof CombinedSource c ? c.renames() : List.of();
      return new RecordResult(
          r.sessionId(),
          r.samples(),
          r.laps(),
          r.bestLapS(),
          r.sessionTimeS(),
          r.droppedSamples(),
          r.status(),
          renames);
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
          LiveSession.continueInto(
              prepared.source(),
              store,
              c,
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
    return openWindow(List.of(request), db, screenshot, exitAfter, out, err);
  }

  /** The window on one session fed by every requested source (more can be added from its menu). */
  @Override
  public int openWindow(
      List<SourceRequest> requests,
      Path db,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err) {
    CompletableFuture<Void> toolkit = FxWindow.startToolkit();
    List<SourceFactory.Prepared> prepared = requests.stream().map(sources::create).toList();
    if (Boolean.getBoolean("pitwall.headless")) {
      err.println(
          "pitwall: no display found: the window runs headless (Monocle); use --screenshot FILE to see it");
      err.flush();
    }
    Path snapshots = db.toAbsolutePath().getParent().resolve("snapshots");
    try (EncryptOnClose encryption = new EncryptOnClose(db, out, err); // closes after the store
        SessionStore store = openWindowStore(db, toolkit);
        SessionsDesk sessions = new SessionsDesk(store, db, snapshots)) {
      sessions.encryptWith(encryption); // File → Encrypt database…
      LiveSession first =
          LiveSession.start(
              CombinedSource.of(prepared.stream().map(SourceFactory.Prepared::source).toList()),
              store,
              prepared.stream()
                  .map(SourceFactory.Prepared::track)
                  .flatMap(Optional::stream)
                  .findFirst(),
              null, // combined even for one source, so that the window can add more
              prepared.get(0).channelMap());
      LiveSwitcher switcher = new LiveSwitcher(sources, store, first);
      sessions.continueWith(switcher); // the browser's "Continue recording…"
      Thread hook = new Thread(switcher::close, "pitwall-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        toolkit.join();
        FxWindow fx =
            new FxWindow(first, snapshots, switcher, sessions)
                .tyreModels(TyreModelRegistry.besideDatabase(db));
        if (store instanceof SessionAnnotations notes) {
          fx.annotateInto(notes);
        }
        fx.showAndWait(screenshot, exitAfter, err);
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
            .tyreModels(TyreModelRegistry.besideDatabase(db))
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
