package dev.pitwall.app.ui.analysis;

import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.core.session.SessionSummary;
import java.util.List;
import java.util.Locale;

/**
 * Where the analysis screen finds reference laps of other sessions. Both methods read and analyse
 * stored sessions: call them on a background thread.
 */
public interface ReferenceLaps {
  /** A valid lap of another session; same-track laps are listed first. */
  record Candidate(long sessionId, int lap, double lapTimeS, String track, boolean sameTrack) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "session %d · lap %d · %s%s",
          sessionId,
          lap,
          StatsTable.time(lapTimeS),
          sameTrack ? "" : " · other track: " + track);
    }

    public String label() {
      return "lap " + lap + " of session " + sessionId;
    }
  }

  /** Laps of every other session, same track as {@code current} first, then by session. */
  List<Candidate> candidates(SessionSummary current);

  /**
   * The lap on the distance grid.
   *
   * @throws IllegalArgumentException when the session cannot be lapped or the lap is not on the
   *     grid, with the reason
   */
  LapAnalysis load(Candidate candidate);
}
