package dev.pitwall.app.live;

import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the command line needs from the rest of the application. The composition root ({@code Main})
 * supplies the real one; CLI tests supply fakes.
 */
public interface AppServices {

  /**
   * Opens (and recovers) the session database at {@code db} (path without {@code .mv.db}).
   *
   * @throws dev.pitwall.core.session.StoreException with a one-line reason
   */
  SessionStore openStore(Path db);

  /**
   * Opens the encrypted {@code db} with {@code password} (copied) from now on in this process,
   * instead of asking: after {@code record --encrypt} created it. Ignored by default.
   */
  default void rememberPassword(Path db, char[] password) {}

  /** Records headless until the requested session time or the source's end; blocks. */
  RecordResult record(SourceRequest request, Path db);

  /**
   * Continues recording the interrupted or failed session {@code sessionId} headless from {@code
   * request}'s source, after a gap; blocks like {@link #record}.
   *
   * @throws dev.pitwall.core.session.StoreException if the session cannot be continued
   */
  default RecordResult continueRecording(long sessionId, SourceRequest request, Path db) {
    throw new UnsupportedOperationException("continuing a session is not available here");
  }

  /**
   * Records several sources into one session with one time base (a CAN bus and a GPS); blocks until
   * the session time is reached or every source has ended.
   */
  default RecordResult record(List<SourceRequest> requests, Path db) {
    if (requests.size() != 1) {
      throw new UnsupportedOperationException("recording several sources is not available here");
    }
    return record(requests.get(0), db);
  }

  /**
   * Opens the live window and blocks until it closes.
   *
   * @param screenshot where to save a PNG of the window before it closes, or null
   * @param exitAfter close by itself after this wall-clock time, or null
   * @return the process exit code
   */
  int openWindow(
      SourceRequest request,
      Path db,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err);

  /** Opens the live window on one session fed by several sources; blocks until it closes. */
  default int openWindow(
      List<SourceRequest> requests,
      Path db,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err) {
    if (requests.size() != 1) {
      throw new UnsupportedOperationException("a window on several sources is not available here");
    }
    return openWindow(requests.get(0), db, screenshot, exitAfter, out, err);
  }

  /**
   * Replays a stored session in the main window and blocks until it closes.
   *
   * @param speed real-time factor; {@link Double#POSITIVE_INFINITY} = as fast as possible
   * @return the process exit code
   */
  default int openReplay(
      long sessionId,
      Path db,
      double speed,
      Path screenshot,
      Duration exitAfter,
      PrintWriter out,
      PrintWriter err) {
    throw new UnsupportedOperationException("replay is not available here");
  }
}
