package dev.pitwall.analytics.tyre.ml;

/** A predicted value with its 80 % prediction interval, in the quantity's unit. */
public record Estimate(double value, double lower80, double upper80) {}
