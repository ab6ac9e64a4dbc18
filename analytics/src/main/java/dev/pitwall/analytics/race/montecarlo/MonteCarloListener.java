package dev.pitwall.analytics.race.montecarlo;

/**
 * Progress of a Monte Carlo run, called on the thread that called {@link MonteCarloRunner#run}
 * after every batch except the last. A UI should hand the partial summary over (latest wins) and
 * return quickly.
 */
@FunctionalInterface
public interface MonteCarloListener {
  /** Returns false to stop after this batch (cancel); the run then returns this partial state. */
  boolean onBatch(MonteCarloSummary partial);
}
