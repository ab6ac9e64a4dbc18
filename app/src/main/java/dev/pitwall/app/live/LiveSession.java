package dev.pitwall.app.live;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.sources.SourceLink;
import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.core.track.TrackLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The live pipeline of one session: source → {@link SampleBus} → recorder (H2) + lap timer + UI.
 *
 * <p>Threads: the source reads on its own thread; the recorder writes on its own; the lap timer
 * runs on {@code pitwall-laps-<session>}, which also stops the source when the requested session
 * time is reached. The UI reads through {@link LiveFeed} once per frame. {@link #close()} (any
 * thread but those) stops the source, lets the lap timer and recorder drain everything and finishes
 * the session as COMPLETED, so closing the window mid-session loses nothing.
 */
public final class LiveSession implements LiveFeed, AutoCloseable {
  private static final int BUFFER_BLOCKS = 16_384;

  private final TelemetrySource source;
  private final Optional<TrackLayout> track;
  private final SampleBus bus = new SampleBus();
  private final SessionRecorder recorder;
  private final LapTimer lapTimer;
  private final SubscriptionDrain lapThread;
  private final long limitNanos;
  private final SessionInfo info;
  private final List<Lap> laps = new CopyOnWriteArrayList<>();
  private volatile long latestNanos;
  private volatile boolean closed;

  private LiveSession(
      TelemetrySource source, SessionStore store, Optional<TrackLayout> track, Duration limit) {
    this.source = source;
    this.track = track;
    this.limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
    SourceMetadata meta = source.metadata();
    this.info =
        new SessionInfo(meta.car(), meta.driver(), meta.track(), source.uri(), Instant.now());
    SessionRecording recording = store.startSession(info);
    this.recorder =
        new SessionRecorder(bus, recording, BUFFER_BLOCKS, SessionRecorder.DEFAULT_COMMIT_INTERVAL);
    // without a known circuit (CAN, serial, UDP before its session packet) there are no sectors
    this.lapTimer = track.map(t -> LapTimer.forTrack(t, this::lapCompleted)).orElse(null);
    this.lapThread =
        new SubscriptionDrain(
            bus.subscribe("laps", BUFFER_BLOCKS),
            source,
            this::feed,
            "pitwall-laps-" + recording.sessionId());
  }

  /** Opens a session in {@code store} and starts recording {@code source}. */
  public static LiveSession start(
      TelemetrySource source, SessionStore store, Optional<TrackLayout> track, Duration limit) {
    LiveSession session = new LiveSession(source, store, track, limit);
    session.recorder.start();
    session.lapThread.start();
    source.start(session.bus);
    return session;
  }

  private void lapCompleted(Lap lap) {
    laps.add(lap);
    recorder.submitLap(lap);
  }

  private void feed(SampleBlock block) {
    if (block.firstTimeNanos() >= limitNanos) {
      requestStop();
      return;
    }
    if (lapTimer != null) {
      lapTimer.accept(block);
    }
    latestNanos = Math.max(latestNanos, block.lastTimeNanos());
    if (latestNanos >= limitNanos) {
      requestStop();
    }
  }

  private void requestStop() {
    if (source.state() != SourceState.STOPPED) {
      Thread.ofPlatform().name("pitwall-stop-source").daemon().start(source::stop);
    }
  }

  /** Waits until the source ended (its own end, the session-time limit, or close). */
  public boolean awaitEnd(Duration timeout) throws InterruptedException {
    return lapThread.awaitEnd(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops the source, drains the pipeline and finishes the session. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    source.stop();
    try {
      lapThread.awaitEnd(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    recorder.stop();
    lapThread.close();
  }

  public RecorderCounters recorderCounters() {
    return recorder.counters();
  }

  public List<Lap> laps() {
    return List.copyOf(laps);
  }

  public SessionInfo info() {
    return info;
  }

  /** Latest sample time seen, in seconds of session time. */
  public double sessionTimeS() {
    return latestNanos / 1e9;
  }

  public long publishedSamples() {
    return bus.publishedSamples();
  }

  @Override
  public Subscription subscribe(String name, int capacityBlocks) {
    return bus.subscribe(name, capacityBlocks);
  }

  @Override
  public List<Channel> channels() {
    return bus.channels();
  }

  @Override
  public SourceHealth sourceHealth() {
    return source.health();
  }

  @Override
  public String sourceUri() {
    return source.uri();
  }

  /** Each source's health: one per member of a {@link CombinedSource}, else the one source. */
  @Override
  public List<SourceLink> links() {
    return source instanceof CombinedSource c ? c.links() : LiveFeed.super.links();
  }

  /** The session's sources when it was started with several (or to add more), else empty. */
  public Optional<CombinedSource> combined() {
    return source instanceof CombinedSource c ? Optional.of(c) : Optional.empty();
  }

  @Override
  public long droppedSamples() {
    return bus.droppedSamples();
  }

  @Override
  public long recordedSamples() {
    return recorder.counters().samplesWritten();
  }

  @Override
  public Optional<TrackLayout> track() {
    return track;
  }

  @Override
  public LapBoard lapBoard(int car) {
    return lapTimer == null ? LapBoard.empty(car) : lapTimer.lapBoard(car);
  }

  @Override
  public String sessionId() {
    return Long.toString(recorder.sessionId());
  }

  @Override
  public String sessionDescription() {
    List<String> known =
        List.of(info.car(), info.driver(), info.track()).stream()
            .filter(s -> !s.isBlank())
            .toList();
    // hardware sources rarely know car, driver or track: name the link instead of nothing
    return known.isEmpty()
        ? String.join(
            " + ",
            List.of(source.uri().split(" \\+ ")).stream().map(LiveSession::shortName).toList())
        : String.join(" · ", known);
  }

  /** {@code candump:/logs/a.log?dbc=...} → {@code candump:a.log}; UDP URIs keep host and port. */
  private static String shortName(String uri) {
    String noQuery = uri.split("\\?", 2)[0];
    int colon = noQuery.indexOf(':');
    if (colon < 0 || noQuery.startsWith("udp:")) {
      return noQuery;
    }
    String path = noQuery.substring(colon + 1);
    return noQuery.substring(0, colon + 1) + path.substring(path.lastIndexOf('/') + 1);
  }
}
