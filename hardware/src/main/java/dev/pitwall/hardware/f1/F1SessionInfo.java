package dev.pitwall.hardware.f1;

/**
 * The session packet's facts that describe the session rather than a moment of it.
 *
 * @param trackName from the specification's track id appendix, "unknown" otherwise
 * @param sector2StartM lap distance where sector 2 starts; NaN in F1 23 (not sent)
 * @param sector3StartM lap distance where sector 3 starts; NaN in F1 23 (not sent)
 * @param safetyCarStatus 0 = none, 1 = full, 2 = virtual, 3 = formation lap
 */
public record F1SessionInfo(
    int packetFormat,
    long sessionUid,
    int trackId,
    String trackName,
    int trackLengthM,
    double sector2StartM,
    double sector3StartM,
    int sessionType,
    int weather,
    int trackTempC,
    int airTempC,
    int totalLaps,
    int safetyCarStatus) {}
