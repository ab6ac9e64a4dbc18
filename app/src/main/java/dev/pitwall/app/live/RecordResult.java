package dev.pitwall.app.live;

import dev.pitwall.core.session.SessionStatus;
import java.util.List;

/**
 * What a headless recording produced. {@code bestLapS} is NaN when no lap was completed; {@code
 * renamedChannels} has one line per channel recorded under a prefixed name because two sources
 * shared its name.
 */
public record RecordResult(
    long sessionId,
    long samples,
    int laps,
    double bestLapS,
    double sessionTimeS,
    long droppedSamples,
    SessionStatus status,
    List<String> renamedChannels) {

  public RecordResult {
    renamedChannels = List.copyOf(renamedChannels);
  }

  /** A recording of one source (nothing renamed). */
  public RecordResult(
      long sessionId,
      long samples,
      int laps,
      double bestLapS,
      double sessionTimeS,
      long droppedSamples,
      SessionStatus status) {
    this(sessionId, samples, laps, bestLapS, sessionTimeS, droppedSamples, status, List.of());
  }
}
