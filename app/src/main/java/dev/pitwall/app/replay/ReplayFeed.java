package dev.pitwall.app.replay;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.app.live.BusFeed;
import dev.pitwall.app.live.StrategyFeed;
import dev.pitwall.app.live.SubscriptionDrain;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The live pipeline over a stored session: {@link ReplaySource} → {@link SampleBus} → lap timer +
 * UI, so the live screen runs unchanged. Nothing is recorded again: the samples are already in the
 * store, and a copy per replay would double the database and clutter the session list with
 * duplicates ({@link #recordedSamples()} is 0).
 *
 * <p>Threads: the source reads on its own thread; the lap timer runs on {@code
 * pitwall-replay-laps-<session>}. A seek starts a fresh lap timer that catches up on the laps
 * before the seek position ({@link ReplayLapTiming}). {@code LiveFeed} methods are for the FX
 * thread and return at once.
 */
public final class ReplayFeed extends BusFeed implements StrategyFeed, AutoCloseable {
  private static final int LAP_BUFFER_BLOCKS = 16_384;

  /** The live screen's channels: published first in every window, so a seek redraws them first. */
  public static final List<String> ON_SCREEN =
      List.of(
          "speed",
          "rpm",
          "gear",
          "throttle",
          "brakePressureFront",
          "steeringAngle",
          "posX",
          "posY",
          "lapDistance");

  private final ReplaySource source;
  private final SessionSummary session;
  private final Optional<TrackLayout> track;
  private final SubscriptionDrain lapThread;
  private final ReplayLapTiming laps;

  private ReplayFeed(
      ReplaySource source,
      SessionSummary session,
      Optional<TrackLayout> track,
      SessionStore history) {
    this.source = source;
    this.session = session;
    this.track = track;
    this.laps = new ReplayLapTiming(track, history, session.id());
    this.lapThread =
        new SubscriptionDrain(
            bus.subscribe("replay-laps", LAP_BUFFER_BLOCKS),
            source,
            laps::accept,
            "pitwall-replay-laps-" + session.id());
  }

  /**
   * Starts playing {@code source} (paused or not, as the source is set); after a seek the lap table
   * starts empty (no history to catch up from).
   */
  public static ReplayFeed start(
      ReplaySource source, SessionSummary session, Optional<TrackLayout> track) {
    return start(source, session, track, null);
  }

  /**
   * Starts playing {@code source}; after a seek the lap timer catches up from the session's
   * lapDistance in {@code history} (the store {@code source} reads), so the lap table lists the
   * laps before the seek position.
   */
  public static ReplayFeed start(
      ReplaySource source,
      SessionSummary session,
      Optional<TrackLayout> track,
      SessionStore history) {
    ReplayFeed feed = new ReplayFeed(source, session, track, history);
    feed.lapThread.start();
    source.prioritise(ON_SCREEN);
    source.start(feed.laps.sink(feed.bus));
    return feed;
  }

  public ReplaySource source() {
    return source;
  }

  /**
   * Seeks, letting {@code swapConsumers} (e.g. the live screen re-subscribing with empty rings) run
   * while nothing is published, so no consumer ever sees time run backwards.
   */
  public void seek(long sessionNanos, Runnable swapConsumers) {
    source.hold();
    laps.seekArmed();
    swapConsumers.run();
    source.seek(sessionNanos);
  }

  public boolean awaitEnd(long timeoutMillis) throws InterruptedException {
    return lapThread.awaitEnd(timeoutMillis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    source.stop();
    try {
      lapThread.awaitEnd(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    lapThread.close();
  }

  @Override
  public void addLapListener(Consumer<Lap> listener) {
    laps.addLapListener(listener);
  }

  @Override
  public void addBlockTap(Consumer<SampleBlock> tap) {
    laps.addBlockTap(tap);
  }

  @Override
  public void addRestartListener(Runnable listener) {
    laps.addRestartListener(listener);
  }

  @Override
  public String sessionTrack() {
    return session.info().track();
  }

  @Override
  public List<Channel> channels() {
    return source.channels();
  }

  @Override
  public SourceHealth sourceHealth() {
    return source.health();
  }

  @Override
  public String sourceUri() {
    return source.uri();
  }

  @Override
  public long recordedSamples() {
    return 0;
  }

  @Override
  public Optional<TrackLayout> track() {
    return track;
  }

  @Override
  public LapBoard lapBoard(int car) {
    return laps.lapBoard(car);
  }

  @Override
  public String sessionId() {
    return Long.toString(session.id());
  }

  @Override
  public String sessionDescription() {
    var info = session.info();
    return String.join(
        " · ",
        List.of(info.car(), info.driver(), info.track()).stream()
            .filter(s -> !s.isBlank())
            .toList());
  }
}
