package dev.pitwall.core.recording;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records everything published on a {@link SampleBus} into one {@link SessionRecording}.
 *
 * <p>Threads: {@link #start()} subscribes with a bounded {@link Subscription} and starts one named
 * writer thread ({@code pitwall-recorder-<session id>}), the only thread that touches the
 * recording. {@link #submitLap}, {@link #counters()} and {@link #stop()} may be called from any
 * thread. The writer commits at least every commit interval (default 200 ms) while data arrives, so
 * a killed process loses well under a second.
 *
 * <p>Failures: a store error never escapes the writer thread. It ends recording in state {@link
 * RecorderState#FAILED} with {@link RecorderCounters#lastError()} set, tries to finish the session
 * as {@link SessionStatus#FAILED}, and counts every sample it could not write as lost.
 */
public final class SessionRecorder {
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofMillis(200);
  public static final int DEFAULT_CAPACITY_BLOCKS = 8192;
  private static final Logger LOG = LoggerFactory.getLogger(SessionRecorder.class);

  /** Bounds how long the writer sleeps, i.e. how soon it notices {@link #stop()}. */
  private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final SampleBus bus;
  private final SessionRecording recording;
  private final int capacityBlocks;
  private final long commitIntervalNanos;
  private final Queue<Lap> pendingLaps = new ConcurrentLinkedQueue<>();
  private final AtomicReference<RecorderState> state = new AtomicReference<>(RecorderState.NEW);
  private final AtomicLong lapsLost = new AtomicLong();
  private volatile Subscription subscription;
  private volatile Thread writer;
  private volatile boolean stopRequested;
  private volatile String lastError;
  // written by the writer thread only; volatile so that counters() sees fresh values
  private volatile long samplesAppended;
  private volatile long samplesWritten;
  private volatile long samplesLost;
  private volatile long lapsWritten;
  private volatile long commits;
  // writer thread only
  private long appendedSinceCommit;
  private boolean dirty;
  private int inFlightSamples;

  /** A recorder with a 8192-block subscription committing every 200 ms. */
  public SessionRecorder(SampleBus bus, SessionRecording recording) {
    this(bus, recording, DEFAULT_CAPACITY_BLOCKS, DEFAULT_COMMIT_INTERVAL);
  }

  /**
   * @param capacityBlocks how many blocks the subscription buffers before it drops (and counts)
   * @param commitInterval longest time appended data stays uncommitted
   */
  public SessionRecorder(
      SampleBus bus, SessionRecording recording, int capacityBlocks, Duration commitInterval) {
    if (capacityBlocks < 1) {
      throw new IllegalArgumentException("capacity must be >= 1 block: " + capacityBlocks);
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("commit interval must be > 0: " + commitInterval);
    }
    this.bus = bus;
    this.recording = recording;
    this.capacityBlocks = capacityBlocks;
    this.commitIntervalNanos = commitInterval.toNanos();
  }

  /** Subscribes to the bus and starts the writer thread. */
  public synchronized void start() {
    if (!state.compareAndSet(RecorderState.NEW, RecorderState.RECORDING)) {
      throw new IllegalStateException(
          "recorder of session " + recording.sessionId() + " already started: " + state.get());
    }
    subscription = bus.subscribe("recorder", capacityBlocks);
    Thread t = new Thread(this::run, "pitwall-recorder-" + recording.sessionId());
    writer = t;
    t.start();
  }

  /** Queues a lap; the writer thread stores it with the next batch. Any thread. */
  public void submitLap(Lap lap) {
    pendingLaps.add(lap);
    if (isTerminal(state.get()) && pendingLaps.remove(lap)) {
      lapsLost.incrementAndGet();
    }
  }

  /**
   * Stops recording: unsubscribes, writes everything still buffered, finishes the session as
   * COMPLETED (unless it failed) and joins the writer thread. Idempotent; any thread but the
   * writer's.
   */
  public RecorderCounters stop() {
    synchronized (this) {
      stopRequested = true;
      if (state.compareAndSet(RecorderState.NEW, RecorderState.STOPPING)) {
        finishUnstarted();
      }
    }
    Thread t = writer;
    if (t != null && t != Thread.currentThread()) {
      joinUninterruptibly(t);
    }
    return counters();
  }

  public RecorderState state() {
    return state.get();
  }

  public long sessionId() {
    return recording.sessionId();
  }

  /** A consistent-enough snapshot for display; any thread. */
  public RecorderCounters counters() {
    Subscription s = subscription;
    return new RecorderCounters(
        state.get(),
        samplesAppended,
        samplesWritten,
        s == null ? 0 : s.droppedSamples(),
        samplesLost,
        lapsWritten,
        lapsLost.get(),
        commits,
        Optional.ofNullable(lastError));
  }

  private void run() {
    List<SampleBlock> batch = new ArrayList<>();
    try {
      record(batch);
      state.set(RecorderState.STOPPING);
      subscription.close();
      drainAll(batch);
      applyLaps();
      recording.finish(SessionStatus.COMPLETED);
      markCommitted();
      state.set(RecorderState.COMPLETED);
      lapsLost.addAndGet(drainLaps()); // submitted after the last drain, before COMPLETED
    } catch (Throwable t) { // never let anything escape the writer thread: count and report it
      fail(t, batch);
    }
  }

  private void record(List<SampleBlock> batch) {
    long nextCommit = System.nanoTime() + commitIntervalNanos;
    while (!stopRequested) {
      long wait = Math.min(MAX_POLL_NANOS, Math.max(0, nextCommit - System.nanoTime()));
      SampleBlock first;
      try {
        first = subscription.poll(wait, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        // nobody should interrupt us (it would close H2's file channel); treat it as stop
        stopRequested = true;
        continue;
      }
      if (first != null) {
        append(first);
        drainAvailable(batch);
      }
      applyLaps();
      if (System.nanoTime() - nextCommit >= 0) {
        commitIfDirty();
        nextCommit = System.nanoTime() + commitIntervalNanos;
      }
    }
  }

  private void drainAll(List<SampleBlock> batch) {
    while (drainAvailable(batch) > 0) {
      // the subscription is closed, so this ends once its buffer is empty
    }
  }

  private int drainAvailable(List<SampleBlock> batch) {
    batch.clear();
    int n = subscription.drainTo(batch);
    for (int i = 0; i < batch.size(); i++) {
      append(batch.get(i));
      batch.set(i, null);
    }
    batch.clear();
    return n;
  }

  private void append(SampleBlock block) {
    inFlightSamples = block.size();
    recording.append(block);
    inFlightSamples = 0;
    samplesAppended += block.size();
    appendedSinceCommit += block.size();
    dirty = true;
  }

  private void applyLaps() {
    Lap lap;
    while ((lap = pendingLaps.poll()) != null) {
      recording.addLap(lap);
      lapsWritten++;
      dirty = true;
    }
  }

  private void commitIfDirty() {
    if (dirty) {
      recording.commit();
      markCommitted();
    }
  }

  private void markCommitted() {
    samplesWritten += appendedSinceCommit;
    appendedSinceCommit = 0;
    dirty = false;
    commits++;
  }

  private void fail(Throwable error, List<SampleBlock> batch) {
    String message =
        "recording of session " + recording.sessionId() + " failed: " + describe(error);
    lastError = message;
    LOG.error(message, error);
    long lost = appendedSinceCommit + inFlightSamples;
    for (SampleBlock b : batch) {
      lost += b == null ? 0 : b.size();
    }
    Subscription s = subscription;
    if (s != null) {
      s.close();
      List<SampleBlock> rest = new ArrayList<>();
      s.drainTo(rest);
      lost += rest.stream().mapToLong(SampleBlock::size).sum();
    }
    samplesLost += lost;
    appendedSinceCommit = 0;
    state.set(RecorderState.FAILED);
    lapsLost.addAndGet(drainLaps());
    try {
      recording.finish(SessionStatus.FAILED);
    } catch (RuntimeException e) {
      LOG.warn("session {} could not be marked FAILED: {}", recording.sessionId(), describe(e));
    }
  }

  private void finishUnstarted() {
    try {
      recording.finish(SessionStatus.COMPLETED);
      state.set(RecorderState.COMPLETED);
    } catch (RuntimeException e) {
      lastError = "recording of session " + recording.sessionId() + " failed: " + describe(e);
      state.set(RecorderState.FAILED);
    }
  }

  private int drainLaps() {
    int n = 0;
    while (pendingLaps.poll() != null) {
      n++;
    }
    return n;
  }

  private static boolean isTerminal(RecorderState s) {
    return s == RecorderState.COMPLETED || s == RecorderState.FAILED;
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
