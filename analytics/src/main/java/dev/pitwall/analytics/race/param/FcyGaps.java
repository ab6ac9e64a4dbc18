package dev.pitwall.analytics.race.param;

import java.util.List;

/**
 * The reference's rule that neutralisations keep a minimum gap (the lap-discrete engine can only
 * handle one active phase per lap): in the progress domain {@code min_dist_*} laps, in the time
 * domain that many base laps.
 */
public final class FcyGaps {
  private FcyGaps() {}

  /** Index of the first phase that comes too close to a later one, or -1 when all keep the gap. */
  public static int firstConflict(
      List<FcyPhaseSpec> phases, MonteCarloSettings mc, boolean timeDomain, double baseLapS) {
    for (int i = 0; i < phases.size(); i++) {
      FcyPhaseSpec a = phases.get(i);
      double minDist = a.safetyCar() ? mc.minDistScLaps() : mc.minDistVscLaps();
      if (timeDomain) {
        minDist *= baseLapS;
      }
      for (int j = i + 1; j < phases.size(); j++) {
        FcyPhaseSpec b = phases.get(j);
        if (b.start() <= a.end() + minDist && a.start() - minDist <= b.end()) {
          return i;
        }
      }
    }
    return -1;
  }
}
