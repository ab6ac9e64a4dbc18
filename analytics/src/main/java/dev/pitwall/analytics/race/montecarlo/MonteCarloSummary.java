package dev.pitwall.analytics.race.montecarlo;

import java.util.List;

/**
 * Aggregate of a Monte Carlo run.
 *
 * @param races valid races aggregated
 * @param invalidRaces redrawn because the engine marked them invalid (as the reference does)
 * @param stoppedEarly true when the standard-error target was met before maxRaces
 * @param scCountHistogram races with 0, 1, 2, ... SC phases
 * @param vscCountHistogram races with 0, 1, 2, ... VSC phases
 * @param lastInvalidReason why the last redrawn race was invalid ("" if none was)
 */
public record MonteCarloSummary(
    List<DriverOdds> drivers,
    int races,
    int invalidRaces,
    boolean stoppedEarly,
    long seed,
    int[] scCountHistogram,
    int[] vscCountHistogram,
    String lastInvalidReason) {

  public DriverOdds driver(String initials) {
    return drivers.stream()
        .filter(d -> d.initials().equals(initials))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no driver " + initials));
  }
}
