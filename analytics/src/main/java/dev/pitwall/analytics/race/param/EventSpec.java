package dev.pitwall.analytics.race.param;

import java.util.List;

/**
 * EVENT_PARS. Each list is {@link Mode#NONE} (JSON null: no events), {@link Mode#RANDOM} (JSON []:
 * drawn in Monte Carlo, none in a replay) or {@link Mode#GIVEN} (the real race's events).
 */
public record EventSpec(
    Mode fcyMode,
    boolean fcyTimeDomain,
    List<FcyPhaseSpec> fcyPhases,
    Mode retirementMode,
    boolean retirementTimeDomain,
    List<RetirementSpec> retirements) {

  /** How a list of events was given. */
  public enum Mode {
    NONE,
    RANDOM,
    GIVEN
  }
}
