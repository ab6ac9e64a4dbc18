package dev.pitwall.analytics.race.montecarlo;

/**
 * How many races to run and how.
 *
 * @param maxRaces upper bound N
 * @param seed base seed; race i always uses a stream derived from (seed, i), so results do not
 *     depend on {@code parallelism}
 * @param parallelism number of tasks per batch handed to the executor
 * @param targetStdError stop once every driver's standard error of P(win) is below this (0 = run N)
 * @param minRaces never stop before this many races
 * @param batchSize races between stopping checks (the check sees whole batches only, so it is
 *     deterministic)
 */
public record MonteCarloRequest(
    int maxRaces, long seed, int parallelism, double targetStdError, int minRaces, int batchSize) {

  public MonteCarloRequest {
    if (maxRaces < 1 || parallelism < 1 || batchSize < 1 || minRaces < 0 || targetStdError < 0) {
      throw new IllegalArgumentException("invalid Monte Carlo request " + this);
    }
  }

  /** Up to {@code maxRaces}, stopping at SE(P(win)) &lt; 0.005 after at least 1000 races. */
  public static MonteCarloRequest standard(int maxRaces, long seed, int parallelism) {
    return new MonteCarloRequest(maxRaces, seed, parallelism, 0.005, Math.min(1000, maxRaces), 500);
  }
}
