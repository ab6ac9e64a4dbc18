package dev.pitwall.app.live;

import dev.pitwall.app.replay.ReplayFeed;
import dev.pitwall.app.replay.ReplayWindow;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import dev.pitwall.storage.h2.H2SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root's implementation of {@link AppServices}: H2 for storage, the {@link
 * SourceFactory} for sources, JavaFX for the window.
 */
public final class DesktopServices implements AppServices {
  private final SourceFactory sources = new SourceFactory(TrackCatalog.builtIn());

  @Override
  public SessionStore openStore(Path db) {
    return H2SessionStore.open(db);
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
      LiveSession session = LiveSession.start(source, store, track, requests.get(0).duration());
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
      RecordResult r = result(store, session);
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
    try (SessionStore store = openStore(db)) {
      LiveSession first =
          LiveSession.start(
              CombinedSource.of(prepared.stream().map(SourceFactory.Prepared::source).toList()),
              store,
              prepared.stream()
                  .map(SourceFactory.Prepared::track)
                  .flatMap(Optional::stream)
                  .findFirst(),
              null); // combined even for one source, so that the window can add more

      LiveSwitcher switcher = new LiveSwitcher(sources, store, first);
      Thread hook = new Thread(switcher::close, "pitwall-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        toolkit.join();
        new FxWindow(first, db.toAbsolutePath().getParent().resolve("snapshots"), switcher)
            .showAndWait(screenshot, exitAfter, err);
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
      SessionSummary summary =
          store.session(sessionId).orElseThrow(() -> new StoreException("no session " + sessionId));
      ReplaySource source =
          new ReplaySource(
              store,
              sessionId,
              new SourceMetadata(
                  summary.info().car(), summary.info().driver(), summary.info().track()),
              Duration.ofSeconds(65));
      source.setSpeed(speed);
      TrackCatalog catalog = TrackCatalog.builtIn();
      String key = summary.info().track();
      Optional<TrackLayout> track =
          catalog.names().contains(key) ? Optional.of(catalog.load(key)) : Optional.empty();
      try (ReplayFeed feed = ReplayFeed.start(source, summary, track)) {
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
