package dev.pitwall.analytics.race.param;

/**
 * RACE_PARS: race-wide rules. Times in seconds.
 *
 * @param drsWindowS gap to the car ahead within which DRS is active (NaN without DRS)
 * @param drsAllowLap first lap with DRS (0 without DRS)
 * @param drsScDelayLaps laps without DRS after a safety car (0 without DRS)
 */
public record RaceRules(
    int season,
    int totalLaps,
    double minTDistS,
    double minTDistScS,
    double tDuelS,
    double tOvertakeLoserS,
    boolean useDrs,
    double drsWindowS,
    int drsAllowLap,
    int drsScDelayLaps,
    java.util.List<String> participants) {}
