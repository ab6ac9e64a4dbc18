package dev.pitwall.analytics.race.engine;

import java.util.Arrays;

/**
 * Builds a {@link RaceSnapshot} from what a live source observed at the end of lap N (timing,
 * tyres, fuel, flags) instead of from a simulation. Only the state at lap N matters to the laps
 * that follow; the history rows 0..N-1 are filled with evenly spread lap times that sum to each
 * car's race time, keep its order, and are never checked (the finisher checks simulated laps only).
 *
 * <p>Every car not given is taken as retired at lap N. Not thread-safe; build on one thread.
 */
public final class ObservedRace {
  private final CompiledRace race;
  private final int lap;
  private final double[] raceTimeS;
  private final int[] stint;
  private final double[] tyreAgeLaps;
  private final double[] fuelKg;
  private final boolean[] pitted;
  private final double[] retiredAtLaps;
  private double scSinceS = Double.NaN;
  private double scLaps;
  private boolean sc;

  /**
   * @param lap completed laps of the leader, 1..laps-1
   */
  public ObservedRace(CompiledRace race, int lap) {
    if (lap < 1 || lap >= race.laps) {
      throw new IllegalArgumentException("lap " + lap + " outside 1.." + (race.laps - 1));
    }
    this.race = race;
    this.lap = lap;
    raceTimeS = new double[race.n];
    Arrays.fill(raceTimeS, Double.NaN);
    stint = new int[race.n];
    tyreAgeLaps = new double[race.n];
    fuelKg = new double[race.n];
    pitted = new boolean[race.n];
    retiredAtLaps = new double[race.n];
    Arrays.fill(retiredAtLaps, lap - 1);
  }

  /** Car {@code d} retired after {@code progressLaps} laps (orders the retired at the back). */
  public ObservedRace retired(int d, double progressLaps) {
    raceTimeS[d] = Double.NaN;
    retiredAtLaps[d] = Math.min(progressLaps, lap);
    return this;
  }

  /**
   * Car {@code d} (engine order) at the end of lap N.
   *
   * @param raceTimeS race time at the line, s (gaps to other cars = differences), finite, > 0
   * @param stint set fitted now: 0 = start tyres, k = the k-th stop of its strategy
   * @param ageLaps degradation age of that set, laps
   * @param fuelKg fuel on board; NaN = the model's consumption so far
   * @param pittedThisLap lap N was its in-lap (the out-lap follows)
   */
  public ObservedRace car(
      int d, double raceTimeS, int stint, double ageLaps, double fuelKg, boolean pittedThisLap) {
    if (!(raceTimeS > 0) || Double.isInfinite(raceTimeS)) {
      throw new IllegalArgumentException(
          race.initials[d] + ": race time " + raceTimeS + " s at lap " + lap + " is not valid");
    }
    if (!(ageLaps >= 0) || stint < 0 || stint >= race.stopInlap[d].length) {
      throw new IllegalArgumentException(
          race.initials[d] + ": set " + stint + " aged " + ageLaps + " laps is not valid");
    }
    this.raceTimeS[d] = raceTimeS;
    this.stint[d] = stint;
    this.tyreAgeLaps[d] = ageLaps;
    this.fuelKg[d] =
        Double.isFinite(fuelKg) ? fuelKg : race.mFuelStartKg[d] - lap * race.bFuelPerLapKg[d];
    this.pitted[d] = pittedThisLap;
    return this;
  }

  /**
   * A safety car (true) or VSC (false) out since race time {@code sinceS}, expected to last {@code
   * expectedLaps} more laps.
   */
  public ObservedRace neutralised(boolean safetyCar, double sinceS, double expectedLaps) {
    this.sc = safetyCar;
    this.scSinceS = sinceS;
    this.scLaps = expectedLaps;
    return this;
  }

  public RaceSnapshot snapshot() {
    RaceState s = new RaceState(race);
    RaceEvents events = new RaceEvents(race.n);
    if (Double.isFinite(scSinceS)) {
      double lapS = sc ? race.tLapScS : race.tLapFcyS;
      double end = Math.max(scSinceS, leader()) + scLaps * lapS;
      events.addPhase(scSinceS, end, sc, 0.0, sc ? scLaps + 1 : Double.NaN);
      events.phasesTimeDomain = true;
    }
    events.retireTimeDomain = true;
    s.reset(events);
    fillHistory(s);
    for (int d = 0; d < race.n; d++) {
      s.mFuel[d] = fuelKg[d];
      s.ageDegr[d] = tyreAgeLaps[d];
      s.ageStint[d] = (int) Math.floor(tyreAgeLaps[d]);
      s.stint[d] = stint[d];
      s.pitting[d] = pitted[d];
      s.progress[d] = Double.isNaN(raceTimeS[d]) ? retiredAtLaps[d] : lap;
    }
    if (events.phaseCount > 0) {
      neutralise(s);
    }
    return RaceSnapshot.capture(s, lap);
  }

  private double leader() {
    double best = Double.POSITIVE_INFINITY;
    for (double t : raceTimeS) {
      best = Double.isFinite(t) ? Math.min(best, t) : best;
    }
    return best;
  }

  /** Rows 0..N: even lap times per car, order of lap N on every row; the absent retired at N. */
  private void fillHistory(RaceState s) {
    int n = race.n;
    double[] key = new double[n];
    for (int d = 0; d < n; d++) {
      key[d] = Double.isNaN(raceTimeS[d]) ? Double.POSITIVE_INFINITY : raceTimeS[d];
    }
    for (int l = 1; l <= race.laps; l++) {
      for (int d = 0; d < n; d++) {
        boolean out = Double.isNaN(raceTimeS[d]);
        if (l <= lap && !out) {
          s.lapT[l * n + d] = raceTimeS[d] / lap;
          s.raceT[l * n + d] = raceTimeS[d] * l / lap;
        } else if (out && l >= lap) {
          s.driving[l * n + d] = false;
          s.lapT[l * n + d] = Double.NaN;
          s.raceT[l * n + d] = Double.NaN;
        } else if (out) {
          s.lapT[l * n + d] = 1.0; // keeps the lap sum of a car that retired at N consistent
          s.raceT[l * n + d] = l;
        }
      }
      if (l <= lap) {
        s.sortPositions(l, key);
      }
    }
  }

  /** Every running car under the phase; under SC queued behind a ghost car at the leader. */
  private void neutralise(RaceState s) {
    int n = race.n;
    double lead = leader();
    for (int d = 0; d < n; d++) {
      if (!s.driving[lap * n + d]) {
        continue;
      }
      s.fcy.active[d] = 0;
      s.fcy.next[d] = 1;
      if (sc) {
        s.fcy.ghostRaceTimeS[d] = lead - race.rules.minTDistScS();
        s.fcy.ghostLaps[d] = 1;
        if (race.rules.useDrs()) {
          s.drsActLap[d] = lap + 1 + race.rules.drsScDelayLaps();
        }
      }
    }
    s.flagged = true;
  }
}
