package dev.pitwall.core.session;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * One row of the session list.
 *
 * @param duration session time covered by samples
 * @param bestLapS best valid lap of car 0, empty when there is none
 */
public record SessionSummary(
    long id,
    SessionInfo info,
    SessionStatus status,
    Duration duration,
    long samples,
    int laps,
    OptionalDouble bestLapS) {}
