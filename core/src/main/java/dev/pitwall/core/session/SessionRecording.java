package dev.pitwall.core.session;

import dev.pitwall.core.telemetry.SampleBlock;

/**
 * The write side of one session in a {@link SessionStore}.
 *
 * <p>Thread contract: single writer — one thread (the recorder's) calls everything here. Appended
 * data becomes durable at the latest on the next {@link #commit()}.
 */
public interface SessionRecording extends AutoCloseable {

  long sessionId();

  void append(SampleBlock block);

  void addLap(Lap lap);

  /** Makes everything appended so far durable. */
  void commit();

  /** Commits and marks the session ended with {@code status}. Idempotent. */
  void finish(SessionStatus status);

  /** Finishes as {@link SessionStatus#COMPLETED} unless already finished. */
  @Override
  default void close() {
    finish(SessionStatus.COMPLETED);
  }
}
