package dev.pitwall.analytics.race.engine;

import java.util.Arrays;

/**
 * The mutable arrays of one running race, shared by the lap steps ({@link PitLane}, {@link
 * LapTimeModel}, {@link NeutralisationStep}, {@link TrackOrder}, {@link RaceFinisher}). Cells are
 * indexed {@code lap * n + driver} (lap 0 = grid). Sized once per race definition and reused;
 * confined to the thread running the race.
 */
final class RaceState {
  final CompiledRace race;
  final int n;
  final int laps;

  /** Lap influence flags per cell, as the reference's lap_influences. */
  static final byte OUTLAP = 1;

  static final byte SC = 2;
  static final byte VSC = 4;
  static final byte RETIRING = 8;
  static final byte INLAP = 16;

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

  /** Index of the stop whose tyres are fitted now (0 = start tyres). */
  final int[] stint;

  final double[][] coeffs;
  final int[] drsActLap;
  final boolean[] pitting;
  int pitCount;
  final double[] pitOutlapLoss;
  final double[] rtTmp;
  final double[] lossTmp;
  final int[] order;
  final int[] idxAtPos;
  final int[] idxAtPrevPos;
  final boolean[] duelApplied;
  final double[] frac = new double[2];
  final boolean[] twoCompounds;
  final FcyTracker fcy;
  final RaceEvents events;
  private final ProgressToTimeConverter converter;
  RaceNoise noise;
  ResultStatus status;
  boolean flagged;
  int fuelClamps;

  /** Last lap taken over from a snapshot (0 = the race ran from the grid). */
  int startLap;

  RaceState(CompiledRace race) {
    this.race = race;
    n = race.n;
    laps = race.laps;
    int cells = (laps + 1) * n;
    influence = new byte[cells];
    lapT = new double[cells];
    raceT = new double[cells];
    pos = new int[cells];
    driving = new boolean[cells];
    overtakeOk = new boolean[cells];
    progress = new double[n];
    mFuel = new double[n];
    ageDegr = new double[n];
    ageStint = new int[n];
    stint = new int[n];
    coeffs = new double[n][];
    drsActLap = new int[n];
    pitting = new boolean[n];
    pitOutlapLoss = new double[n];
    rtTmp = new double[n];
    lossTmp = new double[n];
    order = new int[n];
    idxAtPos = new int[n + 2];
    idxAtPrevPos = new int[n + 2];
    duelApplied = new boolean[n];
    twoCompounds = new boolean[n];
    for (int d = 0; d < n; d++) {
      // a spec-tyre series (one dry compound) has no two-compound rule to break
      twoCompounds[d] =
          Arrays.stream(race.stopCompound[d]).distinct().count() > 1 || race.dryCompounds[d] < 2;
    }
    fcy = new FcyTracker(n, race.tLapFcyS);
    events = new RaceEvents(n);
    converter = new ProgressToTimeConverter(race);
  }

  void reset(RaceEvents given) {
    Arrays.fill(influence, (byte) 0);
    Arrays.fill(lapT, 0.0);
    Arrays.fill(raceT, 0.0);
    Arrays.fill(driving, true);
    Arrays.fill(overtakeOk, true);
    Arrays.fill(progress, 0.0);
    Arrays.fill(pitting, false);
    Arrays.fill(pitOutlapLoss, 0.0);
    pitCount = 0;
    status = ResultStatus.VALID;
    flagged = false;
    fuelClamps = 0;
    startLap = 0;
    for (int d = 0; d < n; d++) {
      mFuel[d] = race.mFuelStartKg[d];
      coeffs[d] = race.stopCoeffs[d][0];
      ageDegr[d] = race.stopAge[d][0];
      ageStint[d] = 0;
      stint[d] = 0;
      drsActLap[d] = race.rules.drsAllowLap();
      order[d] = d;
    }
    // grid order, stable for equal grid positions
    for (int i = 1; i < n; i++) {
      for (int j = i; j > 0 && race.grid[order[j - 1]] > race.grid[order[j]]; j--) {
        swapOrder(j - 1, j);
      }
    }
    for (int i = 0; i < n; i++) {
      pos[order[i]] = i + 1;
    }
    events.copyFrom(given);
    if (!events.phasesTimeDomain && events.phaseCount > 0) {
      converter.convert(events);
    }
    fcy.reset(events);
  }

  /** Converts progress-domain {@code ev} to race time with this race's pre-simulation. */
  void convertToTime(RaceEvents ev) {
    converter.convert(ev);
  }

  /** Race time the pre-simulation reaches at the end of {@code lap}, s; after a conversion. */
  double presimRaceTimeS(int lap) {
    return converter.raceTimeAtLapS(lap);
  }

  /** Positions by temporary race time (NaN last), ties by current position. */
  void sortPositions(int lap, double[] rt) {
    int row = lap * n;
    for (int d = 0; d < n; d++) {
      order[d] = d;
    }
    for (int i = 1; i < n; i++) {
      for (int j = i; j > 0 && before(rt, row, order[j], order[j - 1]); j--) {
        swapOrder(j - 1, j);
      }
    }
    for (int i = 0; i < n; i++) {
      pos[row + order[i]] = i + 1;
    }
  }

  private boolean before(double[] rt, int row, int a, int b) {
    int c = Double.compare(rt[a], rt[b]);
    if (c != 0 && !(rt[a] == rt[b])) {
      return c < 0;
    }
    return pos[row + a] < pos[row + b];
  }

  void assureMinDistances(int lap, double[] rt) {
    int row = lap * n;
    for (int d = 0; d < n; d++) {
      idxAtPos[pos[row + d]] = d;
    }
    double minDist = race.rules.minTDistS();
    for (int p = 1; p < n; p++) {
      int front = idxAtPos[p];
      int back = idxAtPos[p + 1];
      if (!driving[row + back]) {
        break;
      }
      if (rt[front] - rt[back] > -minDist) {
        lapT[row + back] += rt[front] + minDist - rt[back];
        rt[back] = rt[front] + minDist;
      }
    }
  }

  void swapOrder(int a, int b) {
    int t = order[a];
    order[a] = order[b];
    order[b] = t;
  }

  boolean retired(int d) {
    return !driving[laps * n + d];
  }
}
