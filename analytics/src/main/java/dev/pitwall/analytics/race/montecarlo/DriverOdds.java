package dev.pitwall.analytics.race.montecarlo;

/**
 * Monte Carlo outcome of one driver. Positions 1-based; race-time percentiles in s over the races
 * he finished on the lead lap (NaN if none).
 */
public record DriverOdds(
    String initials,
    double pWin,
    double pPodium,
    double pDnf,
    double meanPosition,
    double stdPosition,
    double winStdError,
    double raceTimeP10S,
    double raceTimeP50S,
    double raceTimeP90S) {}
