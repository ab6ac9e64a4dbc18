package dev.pitwall.hardware.f1;

/**
 * One event packet.
 *
 * @param code four-letter event code, e.g. {@code SCAR}, {@code FTLP}, {@code SPTP}
 * @param car PitWall car number the event concerns, -1 when it concerns none
 * @param value the event's number: lap time (s) for FTLP, speed (km/h) for SPTP, lights for STLG,
 *     safety car type for SCAR; NaN otherwise
 * @param detail second number: SCAR event type (0 deployed .. 3 resume), other car for OVTK/COLL,
 *     -1 otherwise
 */
public record F1Event(long timeNanos, String code, int car, double value, int detail) {}
