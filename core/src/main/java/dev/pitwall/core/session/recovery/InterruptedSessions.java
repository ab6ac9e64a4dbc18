package dev.pitwall.core.session.recovery;

import dev.pitwall.core.session.Lap;
import java.time.Instant;
import java.util.List;

/**
 * What to do with a session whose recording did not end normally ({@link
 * dev.pitwall.core.session.SessionStatus#INTERRUPTED} after a crash or kill -9, {@link
 * dev.pitwall.core.session.SessionStatus#FAILED} after a write error such as a full disk): continue
 * recording into it, or close it as complete. A {@link dev.pitwall.core.session.SessionStore} that
 * supports it implements this too ({@code store instanceof InterruptedSessions}).
 *
 * <p>Raw samples stay append-only: continuing appends after the last durable sample and records the
 * gap as a {@link SessionEvent}; closing only merges storage chunks, replaces the derived laps and
 * sets the status.
 *
 * <p>Thread contract: as the store's reads, any thread; the returned recording has a single writer.
 */
public interface InterruptedSessions {

  /**
   * Reopens session {@code id} for appending; its status is RECORDING until the returned recording
   * finishes. The recording takes times as a freshly started source produces them (nanoseconds from
   * its own start) and stores them shifted to session time {@link Continuation#resumeAtNanos()};
   * laps are shifted alike and numbered after the session's last lap of the same car. A {@link
   * SessionEvent#GAP} event covers the time between the last durable sample and the resume point.
   *
   * @param now the wall-clock time of the continuation: session time continues at the later of 1 s
   *     after the last durable sample and {@code now} minus the session start, so a real-time
   *     session keeps wall-clock time across the gap
   * @throws dev.pitwall.core.session.StoreException if there is no such session or it is not
   *     INTERRUPTED or FAILED (a session being recorded or already completed cannot be continued)
   */
  Continuation continueSession(long id, Instant now);

  /**
   * Closes session {@code id} as COMPLETED: merges the small chunks written while recording,
   * replaces its laps with {@code laps} (recomputed from the raw samples by the caller, since laps
   * are derived data) and sets its end to its last durable sample.
   *
   * @param laps the session's laps; {@code null} keeps the stored ones
   * @throws dev.pitwall.core.session.StoreException if there is no such session or it is not
   *     INTERRUPTED or FAILED
   */
  void closeSession(long id, List<Lap> laps);

  /** Events of session {@code id} (gaps, ...), in time order; empty for an unknown session. */
  List<SessionEvent> events(long id);
}
