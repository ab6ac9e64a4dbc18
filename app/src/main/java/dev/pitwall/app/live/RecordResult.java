package dev.pitwall.app.live;

import dev.pitwall.core.session.SessionStatus;

/** What a headless recording produced. {@code bestLapS} is NaN when no lap was completed. */
public record RecordResult(
    long sessionId,
    long samples,
    int laps,
    double bestLapS,
    double sessionTimeS,
    long droppedSamples,
    SessionStatus status) {}
