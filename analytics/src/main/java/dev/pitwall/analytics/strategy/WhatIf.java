package dev.pitwall.analytics.strategy;

import java.util.Set;

/**
 * Engineer's what-if inputs.
 *
 * @param safetyCarNow a safety car starts on the next lap (pitting under it costs the SC pit loss)
 * @param pitLossOverrideS total pit-lane drive loss (in-lap + out-lap) in s; NaN = the track's
 * @param availableCompounds compounds we still have sets of; empty = every compound of the race
 */
public record WhatIf(
    boolean safetyCarNow, double pitLossOverrideS, Set<String> availableCompounds) {

  public WhatIf {
    availableCompounds = Set.copyOf(availableCompounds);
  }

  public static WhatIf none() {
    return new WhatIf(false, Double.NaN, Set.of());
  }
}
