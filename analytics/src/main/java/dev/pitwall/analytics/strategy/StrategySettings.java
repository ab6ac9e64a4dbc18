package dev.pitwall.analytics.strategy;

/**
 * Effort knobs of one strategy run.
 *
 * @param parallelism tasks handed to the executor at once
 * @param families plan families (stop count x compound sequence) kept after screening
 * @param races Monte Carlo races for each of the best finalists (second round)
 * @param racesForBad first-round races for every finalist; the clearly worse ones stop there
 * @param clearlyBadS own-pace deficit to the best plan beyond which a family is no finalist (unless
 *     fewer than 3 are left), s
 */
public record StrategySettings(
    int parallelism, int families, int races, int racesForBad, double clearlyBadS) {

  /** Sized to answer within about a second on 2 cores. */
  public static StrategySettings live(int parallelism) {
    return new StrategySettings(parallelism, 8, 240, 60, 20.0);
  }
}
