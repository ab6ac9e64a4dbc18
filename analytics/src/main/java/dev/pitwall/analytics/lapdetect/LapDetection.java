package dev.pitwall.analytics.lapdetect;

import java.util.List;

/**
 * The result of splitting a session into laps.
 *
 * @param laps every stretch of the session in time order, invalid ones included with reasons
 * @param pitVisits time in the pit lane; empty when no pit lines were given
 * @param issues data defects found (dropouts, jumps, NaN) with counts
 */
public record LapDetection(
    LapMethod method, List<DetectedLap> laps, List<PitVisit> pitVisits, TraceIssues issues) {

  public LapDetection {
    laps = List.copyOf(laps);
    pitVisits = List.copyOf(pitVisits);
  }

  /** The valid timed laps only. */
  public List<DetectedLap> validLaps() {
    return laps.stream().filter(DetectedLap::valid).toList();
  }
}
