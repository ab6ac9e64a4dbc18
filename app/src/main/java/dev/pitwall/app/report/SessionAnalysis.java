package dev.pitwall.app.report;

import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.coaching.SessionCoach;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.track.TrackLayout;
import java.util.List;
import java.util.Optional;

/**
 * One session read back and coached: the summary, the detected laps and the coaching chain's result
 * (laps on the distance grid, corners, findings). Immutable; safe to hand from the background
 * executor to the FX thread.
 *
 * @param channelNames channels put on the distance grid, in display order
 * @param notes plain-words reasons for everything skipped (no position channel, too few laps …)
 */
public record SessionAnalysis(
    SessionSummary session,
    Optional<TrackLayout> track,
    List<String> channelNames,
    SessionCoach.Result coaching,
    List<String> notes) {

  public SessionAnalysis {
    channelNames = List.copyOf(channelNames);
    notes = List.copyOf(notes);
  }

  public List<DetectedLap> laps() {
    return coaching.detection().laps();
  }

  /** Laps that made it onto the common distance grid, in lap order. */
  public List<LapAnalysis> gridLaps() {
    return coaching.analyses();
  }

  public Optional<LapAnalysis> gridLap(int number) {
    return gridLaps().stream().filter(l -> l.lapNumber() == number).findFirst();
  }

  /** The session's best valid lap on the grid, when there is one. */
  public Optional<LapAnalysis> best() {
    return Optional.ofNullable(coaching.reference());
  }
}
