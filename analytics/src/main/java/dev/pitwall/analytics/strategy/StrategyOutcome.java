package dev.pitwall.analytics.strategy;

/**
 * Monte Carlo outcome of one plan for our car. Times in s of total race time over the races our car
 * finished on the lead lap; positions 1-based. Every field is finite (0 when no race finished).
 *
 * @param worst5PctS mean race time of the slowest 5 % of those races (conditional tail)
 * @param pitWindowFromLap first lap of the next stop within {@link StrategyEvaluator#WINDOW_S} of
 *     this plan's best (0 when the plan has no stop)
 * @param races Monte Carlo races run for this plan
 */
public record StrategyOutcome(
    Strategy strategy,
    double meanFinishS,
    double meanPosition,
    double pWin,
    double pPodium,
    double p10S,
    double p50S,
    double p90S,
    double worst5PctS,
    int pitWindowFromLap,
    int pitWindowToLap,
    int races,
    double[] raceTimesS) {}
