package dev.pitwall.app.ui.annotation;

/**
 * Where a mark goes: the session being recorded and its current time.
 *
 * @param atNanos session time, nanoseconds since the session start
 */
public record MarkPoint(long sessionId, long atNanos) {}
