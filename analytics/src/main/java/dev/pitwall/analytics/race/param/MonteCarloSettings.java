package dev.pitwall.analytics.race.param;

/** MONTE_CARLO_PARS: minimum gaps between neutralisations (laps) and the reference driver. */
public record MonteCarloSettings(double minDistScLaps, double minDistVscLaps, String refDriver) {}
