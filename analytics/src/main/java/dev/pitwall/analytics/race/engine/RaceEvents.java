package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.EventSpec;
import dev.pitwall.analytics.race.param.FcyPhaseSpec;
import dev.pitwall.analytics.race.param.RetirementSpec;
import java.util.Arrays;

/**
 * The neutralisations and retirements of one race in engine form. Phases are kept sorted by start;
 * in the progress domain start/end are laps, in the time domain seconds of race time (SC phases
 * then also carry the ghost-car delay in s and the duration in full laps, +inf = to the end).
 * Retirements per driver index, NaN = none. Mutable and reusable; confined to one thread.
 */
public final class RaceEvents {
  int phaseCount;
  double[] start;
  double[] end;
  boolean[] safetyCar;
  double[] scDelayS;
  double[] scDurationLaps;
  boolean phasesTimeDomain;
  final double[] retireAt;
  boolean retireTimeDomain;

  public RaceEvents(int drivers) {
    int cap = drivers + 8;
    start = new double[cap];
    end = new double[cap];
    safetyCar = new boolean[cap];
    scDelayS = new double[cap];
    scDurationLaps = new double[cap];
    retireAt = new double[drivers];
    clear();
  }

  /** No events, progress domain. */
  public void clear() {
    phaseCount = 0;
    phasesTimeDomain = false;
    retireTimeDomain = false;
    Arrays.fill(retireAt, Double.NaN);
  }

  /** The events given in the file (RANDOM and NONE lists become empty). */
  public static RaceEvents fromSpec(CompiledRace race, EventSpec spec) {
    RaceEvents ev = new RaceEvents(race.n);
    ev.phasesTimeDomain = spec.fcyTimeDomain();
    ev.retireTimeDomain = spec.retirementTimeDomain();
    for (FcyPhaseSpec p : spec.fcyPhases()) {
      ev.addPhase(p.start(), p.end(), p.safetyCar(), p.scDelayS(), p.scDurationLaps());
    }
    for (RetirementSpec r : spec.retirements()) {
      ev.retireAt[race.initials().indexOf(r.initials())] = r.at();
    }
    return ev;
  }

  /** Appends a phase (delay/duration NaN unless an SC in the time domain). */
  public void addPhase(double s, double e, boolean sc, double delayS, double durationLaps) {
    if (phaseCount == start.length) {
      int cap = start.length * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      safetyCar = Arrays.copyOf(safetyCar, cap);
      scDelayS = Arrays.copyOf(scDelayS, cap);
      scDurationLaps = Arrays.copyOf(scDurationLaps, cap);
    }
    start[phaseCount] = s;
    end[phaseCount] = e;
    safetyCar[phaseCount] = sc;
    scDelayS[phaseCount] = delayS;
    scDurationLaps[phaseCount] = durationLaps;
    phaseCount++;
  }

  public void removeLastPhase() {
    phaseCount--;
  }

  /** Sorts phases by start (insertion sort: few phases). */
  public void sortPhases() {
    for (int i = 1; i < phaseCount; i++) {
      for (int j = i; j > 0 && start[j - 1] > start[j]; j--) {
        swap(j - 1, j);
      }
    }
  }

  void swap(int a, int b) {
    double t = start[a];
    start[a] = start[b];
    start[b] = t;
    t = end[a];
    end[a] = end[b];
    end[b] = t;
    t = scDelayS[a];
    scDelayS[a] = scDelayS[b];
    scDelayS[b] = t;
    t = scDurationLaps[a];
    scDurationLaps[a] = scDurationLaps[b];
    scDurationLaps[b] = t;
    boolean s = safetyCar[a];
    safetyCar[a] = safetyCar[b];
    safetyCar[b] = s;
  }

  /** True when some phase comes closer than the minimum gap to a later one (progress domain). */
  public boolean intersects(double minDistScLaps, double minDistVscLaps) {
    for (int i = 0; i < phaseCount; i++) {
      double minDist = safetyCar[i] ? minDistScLaps : minDistVscLaps;
      for (int j = i + 1; j < phaseCount; j++) {
        if (start[j] <= end[i] + minDist && start[i] - minDist <= end[j]) {
          return true;
        }
      }
    }
    return false;
  }

  public int phaseCount() {
    return phaseCount;
  }

  /** Number of SC (true) or VSC (false) phases. */
  public int count(boolean sc) {
    int c = 0;
    for (int i = 0; i < phaseCount; i++) {
      if (safetyCar[i] == sc) {
        c++;
      }
    }
    return c;
  }

  /** Driver d retires at race progress (laps) or race time (s), per the retirement domain. */
  public void retire(int d, double at) {
    retireAt[d] = at;
  }

  public double retireAtOf(int d) {
    return retireAt[d];
  }

  public boolean isSafetyCar(int p) {
    return safetyCar[p];
  }

  public double phaseStart(int p) {
    return start[p];
  }

  /** Replaces the phases with {@code o}'s (keeps retirements). */
  public void copyPhasesFrom(RaceEvents o) {
    phaseCount = 0;
    for (int i = 0; i < o.phaseCount; i++) {
      addPhase(o.start[i], o.end[i], o.safetyCar[i], o.scDelayS[i], o.scDurationLaps[i]);
    }
    phasesTimeDomain = o.phasesTimeDomain;
  }

  /** Replaces the retirements with {@code o}'s (keeps phases). */
  public void copyRetirementsFrom(RaceEvents o) {
    System.arraycopy(o.retireAt, 0, retireAt, 0, retireAt.length);
    retireTimeDomain = o.retireTimeDomain;
  }

  public boolean retires(int d) {
    return !Double.isNaN(retireAt[d]);
  }

  public void copyFrom(RaceEvents o) {
    clear();
    for (int i = 0; i < o.phaseCount; i++) {
      addPhase(o.start[i], o.end[i], o.safetyCar[i], o.scDelayS[i], o.scDurationLaps[i]);
    }
    phasesTimeDomain = o.phasesTimeDomain;
    retireTimeDomain = o.retireTimeDomain;
    System.arraycopy(o.retireAt, 0, retireAt, 0, retireAt.length);
  }
}
