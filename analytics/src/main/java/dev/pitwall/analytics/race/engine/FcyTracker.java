package dev.pitwall.analytics.race.engine;

import java.util.Arrays;

/**
 * Per-driver neutralisation state of a running race: which phase is active, the next candidate, and
 * the SC ghost car. Phases are in the time domain. Confined to the simulating thread.
 */
final class FcyTracker {
  final int[] active;
  final int[] next;
  final double[] ghostRaceTimeS;
  final int[] ghostLaps;
  RaceEvents ev;
  private final double tLapFcyS;

  FcyTracker(int n, double tLapFcyS) {
    active = new int[n];
    next = new int[n];
    ghostRaceTimeS = new double[n];
    ghostLaps = new int[n];
    this.tLapFcyS = tLapFcyS;
  }

  void reset(RaceEvents events) {
    ev = events;
    Arrays.fill(active, -1);
    Arrays.fill(next, 0);
    Arrays.fill(ghostRaceTimeS, Double.NaN);
    Arrays.fill(ghostLaps, -1);
  }

  /** Activates the next phase for driver d if it reaches into the lap [rtPrev, rtPrev + lapS). */
  void checkActivation(int d, double rtPrevS, double lapS) {
    if (active[d] >= 0 || next[d] >= ev.phaseCount) {
      return;
    }
    while (ev.end[next[d]] <= rtPrevS) {
      next[d]++;
      if (next[d] >= ev.phaseCount) {
        return;
      }
    }
    int p = next[d];
    if (rtPrevS < ev.end[p] && ev.start[p] < rtPrevS + lapS) {
      active[d] = p;
      next[d]++;
    }
  }

  /** Ends the active phase if it ends within the lap or its SC duration is reached. */
  void checkReset(int d, double rtEndS) {
    int p = active[d];
    if (p < 0) {
      return;
    }
    if (ev.end[p] <= rtEndS || (ghostLaps[d] >= 0 && ghostLaps[d] >= ev.scDurationLaps[p])) {
      active[d] = -1;
      ghostRaceTimeS[d] = Double.NaN;
      ghostLaps[d] = -1;
    }
  }

  boolean activeIsSc(int d) {
    return active[d] >= 0 && ev.safetyCar[active[d]];
  }

  /**
   * Fraction of the lap driven at racing speed in total, and before the phase; written to {@code
   * out[0]}, {@code out[1]}. Returns false if the total falls outside [0, 1] (the reference
   * raises).
   */
  boolean lapFractions(int d, double rtPrevS, double lapS, double[] out) {
    int p = active[d];
    if (p < 0) {
      out[0] = 1.0;
      out[1] = 1.0;
      return true;
    }
    double bef;
    double remain;
    if (rtPrevS <= ev.start[p] && ev.start[p] < rtPrevS + lapS) {
      bef = (ev.start[p] - rtPrevS) / lapS;
      remain = ev.end[p] - ev.start[p];
    } else {
      bef = 0.0;
      remain = ev.end[p] - rtPrevS;
    }
    double aft;
    if (ev.safetyCar[p]) {
      aft = 0.0;
    } else {
      double fcyFrac = remain / tLapFcyS;
      aft = bef + fcyFrac >= 1.0 ? 0.0 : 1.0 - bef - fcyFrac;
    }
    out[0] = bef + aft;
    out[1] = bef;
    return out[0] >= 0.0 && out[0] <= 1.0;
  }

  /** The phase to check for pit losses: the active one, else the next one, else -1. */
  int phaseForPit(int d) {
    if (active[d] >= 0) {
      return active[d];
    }
    return next[d] < ev.phaseCount ? next[d] : -1;
  }
}
