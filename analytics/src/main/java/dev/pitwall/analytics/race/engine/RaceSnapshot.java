package dev.pitwall.analytics.race.engine;

import java.util.Arrays;

/**
 * The complete state of a race at the end of lap {@link #lap()}: every car's race time, position,
 * lap history, fuel, tyre set and age, stint, pit-lane state, DRS activation lap, the
 * neutralisation trackers (active phase, SC ghost car) and the events known so far. {@link
 * RaceSimulator#runFrom} continues a race from it and simulates only the remaining laps, which is
 * what the pit wall needs on lap N (issue 5, part 1).
 *
 * <p>Taken from a running simulation ({@link RaceSimulator#runTo}) or built from what a live source
 * observed ({@link ObservedRace}). Immutable: arrays are copied in and out. Share freely.
 */
public final class RaceSnapshot {
  final int lap;
  final int n;
  final int laps;
  final byte[] influence;
  final double[] lapT;
  final double[] raceT;
  final int[] pos;
  final boolean[] driving;
  final boolean[] overtakeOk;
  final double[] progress;
  final double[] mFuel;
  final double[] ageDegr;
  final int[] ageStint;
  final int[] stint;
  final int[] drsActLap;
  final boolean[] pitting;
  final int[] fcyActive;
  final int[] fcyNext;
  final double[] ghostRaceTimeS;
  final int[] ghostLaps;
  final RaceEvents events;
  final ResultStatus status;
  final boolean flagged;
  final int fuelClamps;

  private RaceSnapshot(RaceState s, int lap, RaceEvents events) {
    this.lap = lap;
    this.n = s.n;
    this.laps = s.laps;
    influence = s.influence.clone();
    lapT = s.lapT.clone();
    raceT = s.raceT.clone();
    pos = s.pos.clone();
    driving = s.driving.clone();
    overtakeOk = s.overtakeOk.clone();
    progress = s.progress.clone();
    mFuel = s.mFuel.clone();
    ageDegr = s.ageDegr.clone();
    ageStint = s.ageStint.clone();
    stint = s.stint.clone();
    drsActLap = s.drsActLap.clone();
    pitting = s.pitting.clone();
    fcyActive = s.fcy.active.clone();
    fcyNext = s.fcy.next.clone();
    ghostRaceTimeS = s.fcy.ghostRaceTimeS.clone();
    ghostLaps = s.fcy.ghostLaps.clone();
    this.events = new RaceEvents(s.n);
    this.events.copyFrom(events);
    status = s.status;
    flagged = s.flagged;
    fuelClamps = s.fuelClamps;
  }

  /** Copies the state of {@code s}, which has just completed {@code lap}. */
  static RaceSnapshot capture(RaceState s, int lap) {
    return new RaceSnapshot(s, lap, s.events);
  }

  private RaceSnapshot(RaceSnapshot o, RaceEvents events, int[] fcyNext) {
    lap = o.lap;
    n = o.n;
    laps = o.laps;
    influence = o.influence;
    lapT = o.lapT;
    raceT = o.raceT;
    pos = o.pos;
    driving = o.driving;
    overtakeOk = o.overtakeOk;
    progress = o.progress;
    mFuel = o.mFuel;
    ageDegr = o.ageDegr;
    ageStint = o.ageStint;
    stint = o.stint;
    drsActLap = o.drsActLap;
    pitting = o.pitting;
    fcyActive = o.fcyActive;
    this.fcyNext = fcyNext;
    ghostRaceTimeS = o.ghostRaceTimeS;
    ghostLaps = o.ghostLaps;
    this.events = events;
    status = o.status;
    flagged = o.flagged;
    fuelClamps = o.fuelClamps;
  }

  /** Writes this state into {@code s} (same field size and race length), ready for lap + 1. */
  void restoreInto(RaceState s) {
    if (s.n != n || s.laps != laps) {
      throw new IllegalArgumentException(
          "snapshot of "
              + n
              + " cars over "
              + laps
              + " laps does not fit a race of "
              + s.n
              + " cars over "
              + s.laps);
    }
    System.arraycopy(influence, 0, s.influence, 0, influence.length);
    System.arraycopy(lapT, 0, s.lapT, 0, lapT.length);
    System.arraycopy(raceT, 0, s.raceT, 0, raceT.length);
    System.arraycopy(pos, 0, s.pos, 0, pos.length);
    System.arraycopy(driving, 0, s.driving, 0, driving.length);
    System.arraycopy(overtakeOk, 0, s.overtakeOk, 0, overtakeOk.length);
    System.arraycopy(progress, 0, s.progress, 0, n);
    System.arraycopy(mFuel, 0, s.mFuel, 0, n);
    System.arraycopy(ageDegr, 0, s.ageDegr, 0, n);
    System.arraycopy(ageStint, 0, s.ageStint, 0, n);
    System.arraycopy(stint, 0, s.stint, 0, n);
    System.arraycopy(drsActLap, 0, s.drsActLap, 0, n);
    System.arraycopy(pitting, 0, s.pitting, 0, n);
    s.pitCount = 0;
    for (int d = 0; d < n; d++) {
      s.pitCount += pitting[d] ? 1 : 0;
      double[][] stops = s.race.stopCoeffs[d];
      if (stint[d] >= stops.length) {
        throw new IllegalArgumentException(
            "snapshot: "
                + s.race.initials[d]
                + " is on set "
                + stint[d]
                + " but the race gives only "
                + stops.length);
      }
      // coefficients come from the race, not the snapshot: a refitted tyre model applies at once
      s.coeffs[d] = stops[stint[d]];
    }
    s.events.copyFrom(events);
    s.fcy.reset(s.events);
    System.arraycopy(fcyActive, 0, s.fcy.active, 0, n);
    System.arraycopy(fcyNext, 0, s.fcy.next, 0, n);
    System.arraycopy(ghostRaceTimeS, 0, s.fcy.ghostRaceTimeS, 0, n);
    System.arraycopy(ghostLaps, 0, s.fcy.ghostLaps, 0, n);
    s.status = status;
    s.flagged = flagged;
    s.fuelClamps = fuelClamps;
    s.startLap = lap;
  }

  /**
   * What the pit wall knows at this moment: neutralisations that started before the last car
   * finished this lap are kept (with their end as given), later ones and retirements still to come
   * are dropped. The real race's future must not leak into a strategy evaluation.
   */
  public RaceSnapshot withoutFutureEvents() {
    double now = Double.NEGATIVE_INFINITY;
    for (int d = 0; d < n; d++) {
      double t = raceT[lap * n + d];
      if (driving[lap * n + d] && t > now) {
        now = t;
      }
    }
    RaceEvents known = new RaceEvents(n);
    known.copyFrom(events);
    int keep = 0;
    while (keep < known.phaseCount && known.start[keep] < now) {
      keep++;
    }
    known.phaseCount = keep;
    int[] next = fcyNext.clone();
    for (int d = 0; d < n; d++) {
      next[d] = Math.min(next[d], keep);
      if (driving[lap * n + d]) {
        known.retireAt[d] = Double.NaN;
      }
    }
    return new RaceSnapshot(this, known, next);
  }

  /** Last completed lap (0 = on the grid). */
  public int lap() {
    return lap;
  }

  public int driverCount() {
    return n;
  }

  /** Race time of driver d (engine order) at the end of {@link #lap()}, s; NaN if retired. */
  public double raceTimeS(int d) {
    return raceT[lap * n + d];
  }

  /** Position of driver d at the end of {@link #lap()}, 1-based. */
  public int position(int d) {
    return pos[lap * n + d];
  }

  public boolean running(int d) {
    return driving[lap * n + d];
  }

  /** Tyre degradation age of driver d, laps. */
  public double tyreAgeLaps(int d) {
    return ageDegr[d];
  }

  /** Set driver d runs now: 0 = start tyres, k = tyres fitted at his k-th stop. */
  public int stint(int d) {
    return stint[d];
  }

  /** Lap {@link #lap()} was driver d's in-lap: the out-lap (and, per track, the stop) follows. */
  public boolean pittedOnLastLap(int d) {
    return pitting[d];
  }

  /** Laps driver d had completed when he retired, or {@link #lap()} when running. */
  public double progressLaps(int d) {
    return progress[d];
  }

  public double fuelKg(int d) {
    return mFuel[d];
  }

  /** Whether a neutralisation is active for driver d, and whether it is a safety car. */
  public boolean neutralised(int d) {
    return fcyActive[d] >= 0;
  }

  public boolean safetyCar(int d) {
    return fcyActive[d] >= 0 && events.safetyCar[fcyActive[d]];
  }

  /** Race time of the leader at the end of {@link #lap()}, s. */
  public double leaderRaceTimeS() {
    double best = Double.POSITIVE_INFINITY;
    for (int d = 0; d < n; d++) {
      double t = raceT[lap * n + d];
      if (driving[lap * n + d] && t < best) {
        best = t;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return "RaceSnapshot[lap " + lap + "/" + laps + ", " + Arrays.toString(stint) + "]";
  }
}
