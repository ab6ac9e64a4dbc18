package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.TrackParams;
import java.util.Arrays;

/**
 * Lap-discrete race engine reproducing the TUM reference model (Heilmeier et al. 2018/2020) step by
 * step: pit out-laps, lap times, neutralisations, car ageing, retirements, overtaking, pit in-laps,
 * race times. All state lives in primitive arrays sized once per race definition and reused, so a
 * lap allocates nothing.
 *
 * <p>Not thread-safe: use one simulator per thread (they are cheap); the {@link CompiledRace} may
 * be shared.
 */
public final class RaceSimulator {
  final CompiledRace race;
  final int n;
  final int laps;
  final double[] lapT;
  final double[] raceT;
  final int[] pos;
  final boolean[] driving;
  final boolean[] overtakeOk;
  final double[] progress;
  private final double[] mFuel;
  private final double[] ageDegr;
  private final int[] ageStint;
  private final double[][] coeffs;
  private final int[] drsActLap;
  private final boolean[] pitting;
  private int pitCount;
  private final double[] pitOutlapLoss;
  private final double[] rtTmp;
  private final double[] lossTmp;
  private final int[] order;
  private final int[] idxAtPos;
  private final int[] idxAtPrevPos;
  private final boolean[] duelApplied;
  private final double[] frac = new double[2];
  final boolean[] twoCompounds;
  private final FcyTracker fcy;
  private final RaceEvents events;
  private final ProgressToTimeConverter converter;
  private final RaceFinisher finisher;
  private RaceNoise noise;
  ResultStatus status;
  boolean flagged;
  private int fuelClamps;

  public RaceSimulator(CompiledRace race) {
    this.race = race;
    n = race.n;
    laps = race.laps;
    int cells = (laps + 1) * n;
    lapT = new double[cells];
    raceT = new double[cells];
    pos = new int[cells];
    driving = new boolean[cells];
    overtakeOk = new boolean[cells];
    progress = new double[n];
    mFuel = new double[n];
    ageDegr = new double[n];
    ageStint = new int[n];
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
      twoCompounds[d] = Arrays.stream(race.stopCompound[d]).distinct().count() > 1;
    }
    fcy = new FcyTracker(n, race.tLapFcyS);
    events = new RaceEvents(n);
    converter = new ProgressToTimeConverter(race);
    finisher = new RaceFinisher(this);
  }

  RaceEvents events() {
    return events;
  }

  public CompiledRace race() {
    return race;
  }

  /** Replays the race deterministically with {@code given} events; returns a copied result. */
  public RaceResult simulate(RaceEvents given) {
    run(given, null);
    return toResult();
  }

  /**
   * Runs the race in place (no result copy); read it through the accessors. {@code noise} null =
   * deterministic. Returns the validity status.
   */
  public ResultStatus run(RaceEvents given, RaceNoise raceNoise) {
    this.noise = raceNoise;
    reset(given);
    for (int lap = 1; lap <= laps; lap++) {
      simulateLap(lap);
    }
    finisher.finish();
    return status;
  }

  private void reset(RaceEvents given) {
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
    for (int d = 0; d < n; d++) {
      mFuel[d] = race.mFuelStartKg[d];
      coeffs[d] = race.stopCoeffs[d][0];
      ageDegr[d] = race.stopAge[d][0];
      ageStint[d] = 0;
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

  private void simulateLap(int lap) {
    System.arraycopy(pos, (lap - 1) * n, pos, lap * n, n);
    pitOutlaps(lap);
    lapTimes(lap);
    neutralisations(lap);
    ageCars(lap);
    retirements(lap);
    overtaking(lap);
    pitInlaps(lap);
    fcyChecksAfterFinalLapTimes(lap);
    int row = lap * n;
    for (int d = 0; d < n; d++) {
      if (driving[row + d]) {
        raceT[row + d] = raceT[row - n + d] + lapT[row + d];
      }
    }
  }

  private void pitOutlaps(int lap) {
    Arrays.fill(pitOutlapLoss, 0.0);
    if (pitCount == 0) {
      return;
    }
    TrackParams tr = race.track;
    int row = lap * n;
    int prev = row - n;
    Arrays.fill(lossTmp, 0.0);
    for (int d = 0; d < n; d++) {
      if (!pitting[d]) {
        continue;
      }
      if (tr.pitsAfterFinishLine()) {
        lossTmp[d] += pitStandstill(d, lap - 1);
      }
      double drive = tr.tPitDriveOutlapS();
      int p = fcy.phaseForPit(d);
      if (p >= 0) {
        RaceEvents ev = events;
        double rtPrev = raceT[prev + d];
        if (!ev.safetyCar[p]) {
          if (ev.start[p] <= rtPrev && rtPrev + lossTmp[d] + tr.tPitDriveOutlapFcyS() < ev.end[p]) {
            drive = tr.tPitDriveOutlapFcyS();
          }
        } else if (ev.start[p] <= rtPrev && rtPrev < ev.end[p]) {
          drive =
              ev.start[p] < raceT[Math.max(lap - 2, 0) * n + d]
                  ? tr.tPitDriveOutlapScS()
                  : tr.tPitDriveOutlapFcyS();
        }
      }
      lossTmp[d] += drive;
    }
    for (int d = 0; d < n; d++) {
      lapT[row + d] += lossTmp[d];
      rtTmp[d] = raceT[prev + d] + lossTmp[d];
    }
    sortPositions(lap, rtTmp);
    assureMinDistances(lap, rtTmp);
    System.arraycopy(lapT, row, pitOutlapLoss, 0, n);
  }

  /** Fits the tyres of the stop at {@code inlap}, refuels, and returns the standstill in s. */
  private double pitStandstill(int d, int inlap) {
    int s = race.stopAtInlap[d][inlap];
    coeffs[d] = race.stopCoeffs[d][s];
    ageDegr[d] = race.stopAge[d][s];
    ageStint[d] = 0;
    double fuel = race.stopFuelKg[d][s];
    mFuel[d] += fuel;
    double t =
        race.track.tPitTireChangeMinS() + (noise == null ? race.tPitAddS[d] : noise.pitAddS(d));
    if (!Double.isNaN(race.refuelPerKgS[d]) && fuel * race.refuelPerKgS[d] > t) {
      t = fuel * race.refuelPerKgS[d];
    }
    return t;
  }

  private void lapTimes(int lap) {
    TrackParams tr = race.track;
    int row = lap * n;
    int prev = row - n;
    double base = tr.tQualiS() + tr.tGapRacepaceS();
    for (int d = 0; d < n; d++) {
      if (driving[row + d]) {
        lapT[row + d] += base;
      }
    }
    boolean drs = race.rules.useDrs();
    if (drs) {
      for (int d = 0; d < n; d++) {
        idxAtPrevPos[pos[prev + d]] = d;
        idxAtPos[pos[row + d]] = d;
      }
    }
    for (int d = 0; d < n; d++) {
      if (!driving[row + d]) {
        continue;
      }
      double tyre = race.tyreLossS(d, coeffs[d], ageDegr[d]);
      if (ageStint[d] == 0) {
        tyre += race.tColdS[d];
      }
      double basic = tyre + race.tCarS[d] + mFuel[d] * tr.tLapSensMassSPerKg() + race.tDriverS[d];
      if (noise != null) {
        basic += noise.lapS(d);
      }
      lapT[row + d] += basic;
      if (lap == 1) {
        lapT[row + d] += tr.tLossFirstLapS();
        lapT[row + d] += (race.grid[d] - 1) * tr.tLossPerGridPosS();
        if (noise != null) {
          lapT[row + d] += noise.startS(d);
        }
      }
      if (drs && lap >= drsActLap[d]) {
        applyDrs(lap, d);
      }
    }
  }

  /** Adds each DRS half separately, as the reference does (keeps its float rounding). */
  private void applyDrs(int lap, int d) {
    int row = lap * n;
    int prev = row - n;
    double window = race.rules.drsWindowS();
    double half = race.track.tDrsEffectS() / 2.0;
    int p1 = pos[prev + d];
    if (p1 > 1) {
      int f = idxAtPrevPos[p1 - 1];
      if (pitting[f]) {
        return;
      }
      if (raceT[prev + d] - raceT[prev + f] <= window) {
        lapT[row + d] += half;
      }
    }
    int p2 = pos[row + d];
    if (p2 > 1) {
      int f = idxAtPos[p2 - 1];
      if ((raceT[prev + d] + pitOutlapLoss[d]) - (raceT[prev + f] + pitOutlapLoss[f]) <= window) {
        lapT[row + d] += half;
      }
    }
  }

  private void neutralisations(int lap) {
    int row = lap * n;
    int prev = row - n;
    for (int d = 0; d < n; d++) {
      if (!driving[row + d]) {
        continue;
      }
      fcy.checkActivation(d, raceT[prev + d], lapT[row + d]);
      int p = fcy.active[d];
      if (p < 0) {
        continue;
      }
      if (!fcy.lapFractions(d, raceT[prev + d], lapT[row + d], frac)) {
        status = ResultStatus.LAP_FRACTION_INVALID;
      }
      double fn = frac[0];
      double tmp = fn * lapT[row + d] + (1.0 - fn) * race.tLapFcyS;
      if (lapT[row + d] < tmp) {
        lapT[row + d] = tmp;
      }
      boolean sc = events.safetyCar[p];
      if (fn < 0.5 || sc) {
        overtakeOk[row + d] = false;
      }
      if (sc) {
        safetyCarGhost(lap, d, p);
      }
    }
  }

  private void safetyCarGhost(int lap, int d, int p) {
    int row = lap * n;
    int prev = row - n;
    if (fcy.ghostLaps[d] < 0) {
      fcy.ghostRaceTimeS[d] = events.start[p];
      fcy.ghostLaps[d] = 0;
    } else {
      fcy.ghostRaceTimeS[d] += race.tLapScS;
      fcy.ghostLaps[d]++;
      if (fcy.ghostLaps[d] == 1) {
        fcy.ghostRaceTimeS[d] += events.scDelayS[p];
      }
    }
    double withFcy = raceT[prev + d] + lapT[row + d];
    double ghostMin = fcy.ghostRaceTimeS[d] + pos[row + d] * race.rules.minTDistScS();
    if (withFcy < ghostMin) {
      lapT[row + d] = ghostMin - raceT[prev + d];
    }
    if (race.rules.useDrs()) {
      drsActLap[d] = lap + 1 + race.rules.drsScDelayLaps();
    }
  }

  private void ageCars(int lap) {
    int row = lap * n;
    int prev = row - n;
    int remaining = laps - (lap - 1);
    for (int d = 0; d < n; d++) {
      if (!driving[row + d]) {
        continue;
      }
      int p = fcy.active[d];
      double fn = 1.0;
      if (p >= 0 && !fcy.lapFractions(d, raceT[prev + d], lapT[row + d], frac)) {
        status = ResultStatus.LAP_FRACTION_INVALID;
      }
      if (p >= 0) {
        fn = frac[0];
      }
      double base = race.bFuelPerLapKg[d];
      if (p < 0) {
        double b = race.autoConsumption[d] ? Math.max(mFuel[d] / remaining, base) : base;
        mFuel[d] -= b;
        ageDegr[d] += 1.0;
      } else if (events.safetyCar[p]) {
        mFuel[d] -= (fn + (1.0 - fn) * race.multConsSc[d]) * base;
        ageDegr[d] += fn + (1.0 - fn) * race.multDegSc[d];
      } else {
        mFuel[d] -= (fn + (1.0 - fn) * race.multConsFcy[d]) * base;
        ageDegr[d] += fn + (1.0 - fn) * race.multDegFcy[d];
      }
      if (mFuel[d] < 0.0) {
        // the reference aborts here on float-rounding remainders (ADR 0101); we clamp and count
        mFuel[d] = 0.0;
        fuelClamps++;
      }
      ageStint[d]++;
    }
  }

  private void retirements(int lap) {
    int row = lap * n;
    int prev = row - n;
    boolean timeDomain = events.retireTimeDomain;
    int newlyRetired = 0;
    for (int d = 0; d < n; d++) {
      if (!driving[row + d]) {
        continue;
      }
      double at = events.retireAt[d];
      boolean retires =
          !Double.isNaN(at) && (timeDomain ? raceT[prev + d] + lapT[row + d] > at : lap > at);
      if (!retires) {
        progress[d] = lap;
        continue;
      }
      double fracLap;
      if (timeDomain) {
        fracLap = (at - raceT[prev + d]) / lapT[row + d];
      } else {
        fracLap = at - Math.floor(at);
        events.retireAt[d] = raceT[prev + d] + fracLap * lapT[row + d];
      }
      progress[d] += Math.max(fracLap, 0.0);
      for (int l = lap; l <= laps; l++) {
        driving[l * n + d] = false;
      }
      order[newlyRetired++] = d;
    }
    if (newlyRetired > 0) {
      placeRetired(lap, newlyRetired);
    }
  }

  /** Sorts the newly retired (least progress, then worst position first) to the back. */
  private void placeRetired(int lap, int count) {
    int row = lap * n;
    for (int i = 1; i < count; i++) {
      for (int j = i; j > 0 && retiredBefore(row, order[j], order[j - 1]); j--) {
        swapOrder(j - 1, j);
      }
    }
    for (int i = 0; i < count; i++) {
      int d = order[i];
      int stillTimed = 0;
      for (int k = 0; k < n; k++) {
        if (!Double.isNaN(raceT[row + k])) {
          stillTimed++;
        }
      }
      pos[row + d] = stillTimed;
      for (int l = lap; l <= laps; l++) {
        lapT[l * n + d] = Double.NaN;
        raceT[l * n + d] = Double.NaN;
      }
    }
    for (int d = 0; d < n; d++) {
      rtTmp[d] = raceT[row - n + d] + lapT[row + d];
    }
    sortPositions(lap, rtTmp);
  }

  private boolean retiredBefore(int row, int a, int b) {
    if (progress[a] != progress[b]) {
      return progress[a] < progress[b];
    }
    return pos[row + a] > pos[row + b];
  }

  private void overtaking(int lap) {
    int row = lap * n;
    int prev = row - n;
    for (int d = 0; d < n; d++) {
      rtTmp[d] = raceT[prev + d] + lapT[row + d];
      duelApplied[d] = false;
      idxAtPos[pos[row + d]] = d;
    }
    double minDist = race.rules.minTDistS();
    double duel = race.rules.tDuelS();
    boolean changed = true;
    int passes = 0;
    while (changed) {
      changed = false;
      if (++passes > 20) {
        status = ResultStatus.OVERTAKING_LOOP;
        break;
      }
      for (int p = 1; p < n; p++) {
        int cur = idxAtPos[p];
        int back = idxAtPos[p + 1];
        if (!driving[row + back]) {
          break;
        }
        boolean allowed = overtakeOk[row + cur] && overtakeOk[row + back];
        if (allowed && rtTmp[cur] - rtTmp[back] > -minDist) {
          if (!duelApplied[cur]) {
            lapT[row + cur] += duel;
            rtTmp[cur] += duel;
            duelApplied[cur] = true;
          }
          if (!duelApplied[back]) {
            lapT[row + back] += duel;
            rtTmp[back] += duel;
            duelApplied[back] = true;
          }
        }
        if (allowed && rtTmp[cur] - rtTmp[back] >= requiredGapS(cur, back)) {
          pos[row + cur]++;
          pos[row + back]--;
          idxAtPos[p] = back;
          idxAtPos[p + 1] = cur;
          lapT[row + cur] += race.rules.tOvertakeLoserS();
          rtTmp[cur] += race.rules.tOvertakeLoserS();
          changed = true;
        } else if (rtTmp[cur] - rtTmp[back] > -minDist) {
          lapT[row + back] += rtTmp[cur] + minDist - rtTmp[back];
          rtTmp[back] = rtTmp[cur] + minDist;
        }
      }
    }
  }

  private double requiredGapS(int cur, int back) {
    TrackParams tr = race.track;
    double teamOrder = race.teamId[cur] == race.teamId[back] ? race.tTeamOrderS[back] : 0.0;
    double vel = tr.tGapOvertakeVelSPerKph() * (race.velMaxKph[back] - race.velMaxKph[cur]);
    return tr.tGapOvertakeS() + vel + teamOrder;
  }

  private void pitInlaps(int lap) {
    TrackParams tr = race.track;
    int row = lap * n;
    int prev = row - n;
    Arrays.fill(pitting, false);
    pitCount = 0;
    for (int d = 0; d < n; d++) {
      if (!driving[row + d] || race.stopAtInlap[d][lap] < 0) {
        continue;
      }
      pitting[d] = true;
      pitCount++;
      double loss = tr.pitsAfterFinishLine() ? 0.0 : pitStandstill(d, lap);
      double drive = tr.tPitDriveInlapS();
      int p = fcy.phaseForPit(d);
      if (p >= 0) {
        double rtPrev = raceT[prev + d];
        double rtEnd = rtPrev + lapT[row + d];
        if (!events.safetyCar[p]) {
          if (events.start[p] <= rtEnd && rtEnd + tr.tPitDriveInlapFcyS() < events.end[p]) {
            drive = tr.tPitDriveInlapFcyS();
          }
        } else if (events.start[p] <= rtEnd && rtPrev < events.end[p]) {
          drive = events.start[p] < rtPrev ? tr.tPitDriveInlapScS() : tr.tPitDriveInlapFcyS();
        }
      }
      lapT[row + d] += loss + drive;
    }
    if (pitCount > 0) {
      for (int d = 0; d < n; d++) {
        rtTmp[d] = raceT[prev + d] + lapT[row + d];
      }
      sortPositions(lap, rtTmp);
    }
  }

  private void fcyChecksAfterFinalLapTimes(int lap) {
    int row = lap * n;
    int prev = row - n;
    for (int d = 0; d < n; d++) {
      if (!driving[row + d]) {
        continue;
      }
      if (pos[row + d] == 1 && fcy.active[d] >= 0) {
        flagged = true;
      }
      fcy.checkReset(d, raceT[prev + d] + lapT[row + d]);
      fcy.checkActivation(d, raceT[prev + d], lapT[row + d]);
      int p = fcy.active[d];
      if (p >= 0 && events.safetyCar[p] && fcy.ghostLaps[d] < 0) {
        fcy.ghostRaceTimeS[d] = events.start[p];
        fcy.ghostLaps[d] = 0;
        if (race.rules.useDrs()) {
          drsActLap[d] = lap + 1 + race.rules.drsScDelayLaps();
        }
      }
    }
  }

  /** Positions by temporary race time (NaN last), ties by current position. */
  private void sortPositions(int lap, double[] rt) {
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

  private void assureMinDistances(int lap, double[] rt) {
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

  /** Times the reference would have aborted on a negative fuel remainder (clamped here). */
  public int fuelClamps() {
    return fuelClamps;
  }

  public ResultStatus status() {
    return status;
  }

  /** Final position of driver d after the last run. */
  public int finalPosition(int d) {
    return pos[laps * n + d];
  }

  /** True if driver d retired in the last run. */
  public boolean retired(int d) {
    return !driving[laps * n + d];
  }

  /** Race time of driver d at the end of {@code lap} (NaN if not completed), s. */
  public double raceTimeS(int lap, int d) {
    return raceT[lap * n + d];
  }

  /** Copies the last run into an immutable-by-convention result. */
  public RaceResult toResult() {
    double[][] lt = new double[laps + 1][];
    double[][] rt = new double[laps + 1][];
    int[][] ps = new int[laps + 1][];
    for (int lap = 0; lap <= laps; lap++) {
      lt[lap] = Arrays.copyOfRange(lapT, lap * n, lap * n + n);
      rt[lap] = Arrays.copyOfRange(raceT, lap * n, lap * n + n);
      ps[lap] = Arrays.copyOfRange(pos, lap * n, lap * n + n);
    }
    boolean[] ret = new boolean[n];
    for (int d = 0; d < n; d++) {
      ret[d] = retired(d);
    }
    return new RaceResult(race.initials(), laps, lt, rt, ps, ret, status);
  }
}
