package dev.pitwall.analytics.tyre;

/**
 * How the model's predictions compared with the laps that were then completed (most recent window).
 * Errors are actual minus predicted, seconds; {@code reason} is empty when not drifting.
 */
public record DriftStatus(
    int laps, double meanErrorS, double maeS, double coverage80, boolean drifting, String reason) {}
