package dev.pitwall.core.source;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live link-health counters of one source. Written by the source thread, read by anyone (the UI
 * reads a {@link SourceHealth} snapshot once per pulse).
 */
public final class SourceCounters {
  private final LongAdder frames = new LongAdder();
  private final LongAdder samples = new LongAdder();
  private final LongAdder invalidFrames = new LongAdder();
  private final LongAdder decodeErrors = new LongAdder();
  private final LongAdder unknownIds = new LongAdder();
  private final LongAdder errorFrames = new LongAdder();
  private final LongAdder reconnects = new LongAdder();
  private final AtomicReference<SourceError> lastError = new AtomicReference<>();

  public void frame() {
    frames.increment();
  }

  public void samples(long count) {
    samples.add(count);
  }

  public void invalidFrame(String message) {
    invalidFrames.increment();
    error(message);
  }

  public void decodeError(String message) {
    decodeErrors.increment();
    error(message);
  }

  public void unknownId() {
    unknownIds.increment();
  }

  public void errorFrame(String message) {
    errorFrames.increment();
    error(message);
  }

  public void reconnect() {
    reconnects.increment();
  }

  /** Records the latest error without counting it under a category. */
  public void error(String message) {
    lastError.set(new SourceError(Instant.now(), message));
  }

  public SourceHealth snapshot(SourceState state) {
    return new SourceHealth(
        state,
        frames.sum(),
        samples.sum(),
        invalidFrames.sum(),
        decodeErrors.sum(),
        unknownIds.sum(),
        errorFrames.sum(),
        reconnects.sum(),
        lastError.get());
  }
}
