package dev.pitwall.app.replay;

import dev.pitwall.app.live.LiveSession;
import dev.pitwall.app.live.SourceFactory;
import dev.pitwall.app.live.SourceRequest;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.track.TrackCatalog;
import java.time.Duration;

/**
 * Records simulated GR86s (COTA unless told) as fast as possible into a store, for replay tests.
 */
public final class SimulatedSessions {
  private SimulatedSessions() {}

  /**
   * @return the new session's id
   */
  public static long record(SessionStore store, long seed, Duration sessionTime) throws Exception {
    return record(store, "cota", seed, sessionTime);
  }

  /**
   * @param track a catalog track key
   * @return the new session's id
   */
  public static long record(SessionStore store, String track, long seed, Duration sessionTime)
      throws Exception {
    return record(store, track, 1, seed, sessionTime);
  }

  /**
   * @param cars how many simulated cars race (car 0 is ours)
   * @return the new session's id
   */
  public static long record(
      SessionStore store, String track, int cars, long seed, Duration sessionTime)
      throws Exception {
    SourceFactory.Prepared prepared =
        new SourceFactory(TrackCatalog.builtIn())
            .create(
                new SourceRequest("sim", track, cars, seed, Double.POSITIVE_INFINITY, sessionTime));
    LiveSession session =
        LiveSession.start(prepared.source(), store, prepared.track(), sessionTime);
    try {
      if (!session.awaitEnd(Duration.ofMinutes(3))) {
        throw new IllegalStateException("simulated recording did not end in 3 minutes");
      }
    } finally {
      session.close();
    }
    return Long.parseLong(session.sessionId());
  }
}
