package dev.pitwall.analytics.tyre;

/**
 * Benchmark figures for one horizon (or all, horizon 0): mean absolute error of the model and of
 * the mean-of-last-3 baseline, mean signed error (prediction minus actual), and the share of actual
 * laps inside the 80 % interval.
 */
public record HorizonScore(
    int horizon, int laps, double maeS, double last3MaeS, double biasS, double coverage80) {}
