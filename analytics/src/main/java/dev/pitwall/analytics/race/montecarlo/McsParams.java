package dev.pitwall.analytics.race.montecarlo;

import java.util.Map;

/**
 * The published event and variability model ({@code pars_mcs.ini}). Probabilities per race; times
 * in s. Immutable.
 *
 * @param accidentBySeason season → driver full name → P(accident causing an SC)
 * @param failureBySeason season → team → P(car failure)
 * @param pScCount P(0, 1, 2, 3 SC phases)
 * @param pScStart P(SC starts in lap 1, then in each fifth of the race)
 * @param pScDurationLaps P(SC lasts 1..10 laps)
 * @param pVscAfterFailure P(a failure causes a VSC)
 * @param pVscDurationLaps P(VSC lasts 1..4 laps, plus a uniform fraction)
 * @param fiskByTeam team → {c, loc, scale} of the pit standstill add-on
 * @param lapSigmaByDriver full name (or "unknown") → lap-time sigma
 * @param startPerfByDriver full name (or "unknown") → {mean, sigma} of the lap-1 time delta
 */
public record McsParams(
    String sourceName,
    Map<Integer, Map<String, Double>> accidentBySeason,
    Map<Integer, Map<String, Double>> failureBySeason,
    double[] pScCount,
    double[] pScStart,
    double[] pScDurationLaps,
    double pVscAfterFailure,
    double[] pVscDurationLaps,
    Map<String, double[]> fiskByTeam,
    Map<String, Double> lapSigmaByDriver,
    Map<String, double[]> startPerfByDriver) {}
