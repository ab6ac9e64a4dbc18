package dev.pitwall.core.replay;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceLifecycle;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.time.Duration;
import java.util.List;

/**
 * Plays a stored session into a sink as if it were live: play, pause, step, seek, speed 0.25×–64×
 * or as fast as possible ({@link Double#POSITIVE_INFINITY}).
 *
 * <p>Memory stays flat whatever the session length: the reader thread asks the {@link SessionStore}
 * for one short window of session time ({@value #CHUNK_MILLIS} ms, every channel) at a time and
 * forgets it once published. A seek publishes a pre-roll window before the target (so traces fill
 * at once) and then continues from the target.
 *
 * <p>Threads: the reader runs on {@code pitwall-replay-<session>}; every control method may be
 * called from any thread (the UI's) and returns at once. {@link #hold()} then {@link #seek} lets a
 * caller swap its consumers in between: after {@code hold()} returns nothing more is published
 * until the seek, so a new consumer never sees old-position samples after pre-roll ones.
 */
public final class ReplaySource implements TelemetrySource {
  /** Wall time between two reads while playing: about 25 updates a second. */
  static final long CHUNK_MILLIS = 40;

  private static final long CHUNK_WALL_NANOS = CHUNK_MILLIS * 1_000_000L;

  /** Longest window of session time per read (as fast as possible, 64x). */
  private static final long MAX_WINDOW_NANOS = 10_000_000_000L;

  private static final long IDLE_WAIT_MILLIS = 20;
  private static final long MIN_READ_AHEAD_NANOS = 30_000_000_000L;

  private final SessionStore store;
  private final long sessionId;
  private final String uri;
  private final SourceMetadata metadata;
  private final ReplayChannels replayChannels;
  private final long startNanos;
  private final long endNanos;
  private final long prerollNanos;
  private final SourceLifecycle lifecycle;
  private final SourceCounters counters = new SourceCounters();
  private final Object lock = new Object();
  private final ReplayClock clock;
  // guarded by lock
  private long positionNanos;
  private long pendingSeekNanos = -1;
  private long pendingStepNanos;
  private boolean held;
  private long epoch;
  private boolean stopping;
  private boolean stopAtEnd;
  private Thread thread;

  /**
   * @param preroll session time published before a seek target, e.g. 60 s for the strip charts
   * @throws StoreException when the session does not exist
   */
  public ReplaySource(
      SessionStore store, long sessionId, SourceMetadata metadata, Duration preroll) {
    this.store = store;
    this.sessionId = sessionId;
    this.uri = "replay:session/" + sessionId;
    this.metadata = metadata;
    this.replayChannels =
        new ReplayChannels(
            store,
            sessionId,
            store.channels(sessionId).stream().map(ChannelSummary::channel).toList());
    Duration length =
        store
            .session(sessionId)
            .orElseThrow(() -> new StoreException("no session " + sessionId + " to replay"))
            .duration();
    this.startNanos = replayChannels.firstSampleNanos();
    this.endNanos = startNanos + length.toNanos() + 1; // read windows end exclusive
    this.prerollNanos = preroll.toNanos();
    this.positionNanos = startNanos;
    this.lifecycle = new SourceLifecycle(uri);
    this.clock = new ReplayClock(startNanos, System.nanoTime());
  }

  @Override
  public String uri() {
    return uri;
  }

  @Override
  public SourceMetadata metadata() {
    return metadata;
  }

  @Override
  public List<Channel> channels() {
    return replayChannels.channels();
  }

  @Override
  public SourceLifecycle lifecycle() {
    return lifecycle;
  }

  @Override
  public SourceHealth health() {
    return counters.snapshot(lifecycle.state());
  }

  /** Session time of the first sample, in nanoseconds. */
  public long startNanos() {
    return startNanos;
  }

  /** Session time just after the last sample, in nanoseconds. */
  public long endNanos() {
    return endNanos;
  }

  /** Session time published so far (the replay head), in nanoseconds. */
  public long positionNanos() {
    synchronized (lock) {
      return pendingSeekNanos >= 0 ? pendingSeekNanos : positionNanos;
    }
  }

  public double speed() {
    synchronized (lock) {
      return clock.speed();
    }
  }

  public boolean paused() {
    synchronized (lock) {
      return clock.paused();
    }
  }

  /** Real-time factor, e.g. 0.25 … 64, or {@link Double#POSITIVE_INFINITY} for flat out. */
  public void setSpeed(double factor) {
    if (!(factor > 0)) {
      throw new IllegalArgumentException("replay speed must be > 0: " + factor);
    }
    synchronized (lock) {
      clock.speed(factor);
      clock.anchor(positionNanos, System.nanoTime());
      lock.notifyAll();
    }
  }

  public void play() {
    synchronized (lock) {
      clock.paused(false);
      clock.anchor(positionNanos, System.nanoTime());
      lock.notifyAll();
    }
  }

  public void pause() {
    synchronized (lock) {
      clock.paused(true);
      clock.anchor(positionNanos, System.nanoTime());
    }
  }

  /** While paused: publish the next {@code step} of session time, then stay paused. */
  public void step(Duration step) {
    synchronized (lock) {
      pendingStepNanos += step.toNanos();
      lock.notifyAll();
    }
  }

  /** True: the source stops at the end of the session (headless); false: it waits there. */
  public void setStopAtEnd(boolean value) {
    synchronized (lock) {
      stopAtEnd = value;
      lock.notifyAll();
    }
  }

  /**
   * Publishes the named channels (own car) first in every window, e.g. the ones on screen: a seek
   * in a long session with many channels then redraws before the rest has been read.
   */
  public void prioritise(List<String> names) {
    replayChannels.prioritise(names);
  }

  /** Stops publishing until the next {@link #seek}; see the class comment. */
  public void hold() {
    synchronized (lock) {
      held = true;
      epoch++;
    }
  }

  /** Moves the head to {@code sessionNanos} (clamped to the session), publishing the pre-roll. */
  public void seek(long sessionNanos) {
    synchronized (lock) {
      pendingSeekNanos = Math.max(startNanos, Math.min(endNanos, sessionNanos));
      held = false;
      epoch++;
      lock.notifyAll();
    }
  }

  @Override
  public void start(SampleSink sink) {
    synchronized (lock) {
      if (thread != null) {
        throw new IllegalStateException(uri + ": already started");
      }
      lifecycle.moveTo(SourceState.CONNECTING);
      clock.anchor(positionNanos, System.nanoTime());
      thread = new Thread(() -> run(sink), "pitwall-replay-" + sessionId);
      thread.setDaemon(true);
      thread.start();
    }
  }

  @Override
  public void stop() {
    Thread t;
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
      t = thread;
    }
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lifecycle.moveTo(SourceState.STOPPED);
  }

  private void run(SampleSink sink) {
    lifecycle.moveTo(SourceState.STREAMING);
    try {
      Window w;
      while ((w = nextWindow()) != null) {
        publish(sink, w);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      counters.error(uri + " at " + positionNanos() / 1e9 + " s: " + e.getMessage());
    } finally {
      lifecycle.moveTo(SourceState.STOPPED);
    }
  }

  /** A stretch of session time to publish, tagged with the epoch it belongs to. */
  private record Window(long fromNanos, long toNanos, long epoch, boolean preroll) {
    Window(long fromNanos, long toNanos, long epoch) {
      this(fromNanos, toNanos, epoch, false);
    }
  }

  /** Blocks until there is something to publish; null when stopping. */
  private Window nextWindow() throws InterruptedException {
    synchronized (lock) {
      while (!stopping) {
        if (held) {
          lock.wait(IDLE_WAIT_MILLIS);
          continue;
        }
        if (pendingSeekNanos >= 0) {
          long target = pendingSeekNanos;
          pendingSeekNanos = -1;
          positionNanos = target;
          clock.anchor(target, System.nanoTime());
          return new Window(Math.max(startNanos, target - prerollNanos), target, epoch, true);
        }
        Window w = paced();
        if (w != null) {
          positionNanos = w.toNanos();
          return w;
        }
      }
      return null;
    }
  }

  /** The window due now under the clock (or a step), or null after waiting a little. */
  private Window paced() throws InterruptedException {
    long from = positionNanos;
    if (from >= endNanos) {
      if (stopAtEnd) {
        stopping = true;
        return null;
      }
      lock.wait(IDLE_WAIT_MILLIS * 5);
      return null;
    }
    if (pendingStepNanos > 0) {
      long until = Math.min(endNanos, from + pendingStepNanos);
      pendingStepNanos = 0;
      return new Window(from, until, epoch);
    }
    long minWindow =
        Double.isInfinite(clock.speed())
            ? MAX_WINDOW_NANOS
            : Math.min(
                MAX_WINDOW_NANOS, Math.max(1_000_000L, (long) (clock.speed() * CHUNK_WALL_NANOS)));
    long due = clock.sessionNanosAt(System.nanoTime());
    if (!clock.paused() && (due - from >= minWindow || due >= endNanos)) {
      long until = Math.min(endNanos, Math.min(due, from + MAX_WINDOW_NANOS));
      return new Window(from, until, epoch);
    }
    long dueInMillis = (clock.wallNanosFor(from + minWindow) - System.nanoTime()) / 1_000_000;
    long waitMillis =
        clock.paused() ? IDLE_WAIT_MILLIS : Math.max(1, Math.min(IDLE_WAIT_MILLIS, dueInMillis));
    lock.wait(waitMillis);
    return null;
  }

  /**
   * Reads the window channel by channel through the read-ahead buffers (store I/O outside the lock)
   * and publishes it. A pre-roll reads on a little past its target, so the first windows of playing
   * on are served from memory: one store read per channel per seek.
   */
  private void publish(SampleSink sink, Window w) {
    long ahead = w.preroll() ? w.toNanos() - w.fromNanos() + pastTargetNanos() : readAheadNanos();
    for (ReadAhead channel : replayChannels.inPublishOrder()) {
      SampleBlock block = channel.read(w.fromNanos(), w.toNanos(), ahead);
      if (block.isEmpty()) {
        continue;
      }
      synchronized (lock) {
        if (w.epoch() != epoch || held) {
          return; // superseded by a seek or hold: never publish stale samples after it
        }
        sink.publish(block);
      }
      counters.samples(block.size());
    }
    counters.frame();
  }

  /**
   * Session time a pre-roll reads past its target: 1 s of wall time at the current speed, 1-10 s
   * (not the full read-ahead: every channel decodes it before the seek shows).
   */
  private long pastTargetNanos() {
    double speed = speed();
    return Double.isInfinite(speed)
        ? MAX_WINDOW_NANOS
        : Math.min(MAX_WINDOW_NANOS, Math.max(1_000_000_000L, (long) (speed * 1e9)));
  }

  /** Session time to read ahead: 2 s of wall time at the current speed, at least 30 s. */
  private long readAheadNanos() {
    double speed = speed();
    return Double.isInfinite(speed)
        ? 12 * MAX_WINDOW_NANOS
        : Math.max(MIN_READ_AHEAD_NANOS, (long) (speed * 2e9));
  }
}
