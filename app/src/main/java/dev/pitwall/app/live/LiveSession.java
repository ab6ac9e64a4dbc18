package dev.pitwall.app.live;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.analytics.timing.ReportedLapTimer;
import dev.pitwall.app.mapping.ChannelMap;
import dev.pitwall.app.mapping.MappingSink;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.sources.SourceLink;
import dev.pitwall.core.recording.RecorderCounters;
import dev.pitwall.core.recording.SessionRecorder;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
public final class LiveSession extends BusFeed implements StrategyFeed, AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LiveSession.class);
  private static final int BUFFER_BLOCKS = 16_384;

  private final TelemetrySource source;
  private final Optional<TrackLayout> track;
  private final SessionRecorder recorder;
  private final LapTimer lapTimer;
  private final SubscriptionDrain lapThread;
  private final long limitNanos;
  private final SessionInfo info;
  private final List<Lap> laps = new CopyOnWriteArrayList<>();
  private final List<java.util.function.Consumer<Lap>> lapListeners = new CopyOnWriteArrayList<>();
  private final List<java.util.function.Consumer<SampleBlock>> blockTaps =
      new CopyOnWriteArrayList<>();
  private final List<Lap> finishedLaps = new java.util.ArrayList<>(); // lap-timer thread only
  private volatile long latestNanos;
  private volatile boolean closed;
  private ContinuedTiming continued = ContinuedTiming.NONE; // set before the threads start
  // channel mapping and game-reported track and laps (ADR 0008)
  private final MappingSink mapping;
  private final ReportedLapTimer reportedLaps = new ReportedLapTimer(this::lapCompleted);
  private final GameTrack gameTrack = new GameTrack(TrackCatalog.builtIn());

  private LiveSession(
      TelemetrySource source,
      SessionRecording recording,
      SessionInfo info,
      Optional<TrackLayout> track,
      Duration limit,
      ChannelMap channelMap) {
    this.source = source;
    this.mapping = new MappingSink(bus, channelMap, source.channels());
    this.track = track;
    this.limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
    this.info = info;
    this.recorder =
        new SessionRecorder(bus, recording, BUFFER_BLOCKS, SessionRecorder.DEFAULT_COMMIT_INTERVAL);
    // without a known circuit (CAN, serial, UDP before its session packet) there are no sectors
    this.lapTimer = track.map(t -> LapTimer.forTrack(t, this::distanceLapCompleted)).orElse(null);
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
    return start(source, store, track, limit, ChannelMap.automatic());
  }

  /** As above, with the engineer's channel map (roles not in it are mapped automatically). */
  public static LiveSession start(
      TelemetrySource source,
      SessionStore store,
      Optional<TrackLayout> track,
      Duration limit,
      ChannelMap channelMap) {
    SourceMetadata meta = source.metadata();
    SessionInfo info =
        new SessionInfo(meta.car(), meta.driver(), meta.track(), source.uri(), Instant.now());
    return startInto(source, store.startSession(info), info, track, limit, channelMap);
  }

  /**
   * Starts recording {@code source} into an existing recording as if it were a new session (no laps
   * before, times from 0); a continued session goes through {@link #continueInto} instead, which
   * carries its laps on. {@code limit} is session time of the source.
   */
  public static LiveSession startInto(
      TelemetrySource source,
      SessionRecording recording,
      SessionInfo info,
      Optional<TrackLayout> track,
      Duration limit,
      ChannelMap channelMap) {
    LiveSession session = new LiveSession(source, recording, info, track, limit, channelMap);
    session.recorder.start();
    session.lapThread.start();
    source.start(session.mapping);
    return session;
  }

  /**
   * Starts recording {@code source} into a session continued after an interruption: the lap table
   * lists the laps stored before and numbers on after them, and marks land in session time.
   *
   * @param continuation what {@code InterruptedSessions.continueSession} returned for session
   *     {@code info}; {@code store} is where it lives
   */
  public static LiveSession continueInto(
      TelemetrySource source,
      SessionStore store,
      Continuation continuation,
      SessionInfo info,
      Optional<TrackLayout> track,
      Duration limit,
      ChannelMap channelMap) {
    LiveSession session =
        new LiveSession(source, continuation.recording(), info, track, limit, channelMap);
    session.continued =
        ContinuedTiming.of(store, continuation.recording().sessionId(), continuation);
    if (session.lapTimer != null) {
      session.continued.seed(session.lapTimer); // before the lap thread sees a sample
    }
    session.continued.recovered().forEach(session.recorder::submitLap);
    session.recorder.start();
    session.lapThread.start();
    source.start(session.mapping);
    return session;
  }

  /** Laps of our own line detection count only while the source reports no laps itself. */
  private void distanceLapCompleted(Lap lap) {
    if (!reportedLaps.active()) {
      laps.add(lap);
      recorder.submitLap(continued.forRecorder(lap));
      finishedLaps.add(lap); // announced after the lap timer published its boards
    }
  }

  private void lapCompleted(Lap lap) {
    laps.add(lap);
    recorder.submitLap(lap);
    finishedLaps.add(lap); // announced after the lap timer published its boards
  }

  /**
   * Receives every completed lap of every car, on the lap-timer thread, after the lap board is
   * updated; must be quick (hand work to an executor).
   */
  @Override
  public void addLapListener(java.util.function.Consumer<Lap> listener) {
    lapListeners.add(listener);
  }

  /** Sees every sample block on the lap-timer thread, before the lap timer; must be quick. */
  @Override
  public void addBlockTap(java.util.function.Consumer<SampleBlock> tap) {
    blockTaps.add(tap);
  }

  private void feed(SampleBlock block) {
    if (block.firstTimeNanos() >= limitNanos) {
      requestStop();
      return;
    }
    blockTaps.forEach(t -> t.accept(block));
    if (lapTimer != null) {
      lapTimer.accept(block);
    }
    reportedLaps.accept(block);
    gameTrack.accept(block);
    if (!finishedLaps.isEmpty()) {
      finishedLaps.forEach(lap -> lapListeners.forEach(l -> l.accept(lap)));
      finishedLaps.clear();
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
    for (String problem : mapping.resolution().problems()) {
      LOG.warn("{}: {}", source.uri(), problem); // 'pitwall record' has no screen to show it on
    }
  }

  public RecorderCounters recorderCounters() {
    return recorder.counters();
  }

  public List<Lap> laps() {
    return List.copyOf(laps);
  }

  @Override
  public String sessionTrack() {
    return info.track();
  }

  public SessionInfo info() {
    return info;
  }

  /**
   * Latest sample time seen, in seconds of session time (of a continued session: after the gap,
   * where the store puts the samples).
   */
  public double sessionTimeS() {
    return continued.sessionNanos(latestNanos) / 1e9;
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
    return source instanceof CombinedSource c ? c.links() : StrategyFeed.super.links();
  }

  /** The session's sources when it was started with several (or to add more), else empty. */
  public Optional<CombinedSource> combined() {
    return source instanceof CombinedSource c ? Optional.of(c) : Optional.empty();
  }

  @Override
  public long recordedSamples() {
    return recorder.counters().samplesWritten();
  }

  @Override
  public Optional<TrackLayout> track() {
    if (track.isPresent()) {
      return track;
    }
    GameTrack.Learned learned = gameTrack.learned();
    return learned == null ? Optional.empty() : learned.layout();
  }

  @Override
  public LapBoard lapBoard(int car) {
    if (reportedLaps.active()) {
      return reportedLaps.lapBoard(car); // the game's own timing (F1 lap data) wins
    }
    return lapTimer == null ? LapBoard.empty(car) : lapTimer.lapBoard(car);
  }

  @Override
  public Optional<MappingSink> channelMapping() {
    return Optional.of(mapping);
  }

  @Override
  public double lapDistanceScale() {
    GameTrack.Learned learned = gameTrack.learned();
    return track.isEmpty() && learned != null && learned.layout().isPresent()
        ? learned.metresPerGameMetre()
        : Double.NaN;
  }

  @Override
  public List<String> notices() {
    List<String> notices = new ArrayList<>(mapping.resolution().problems());
    GameTrack.Learned learned = gameTrack.learned();
    if (learned != null) {
      notices.add(learned.notice());
    }
    return notices;
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
