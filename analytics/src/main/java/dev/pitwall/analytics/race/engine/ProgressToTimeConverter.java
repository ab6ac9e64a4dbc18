package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.TrackParams;

/**
 * The reference's pre-simulation: a free-track race of the reference driver (no cold tyres, fixed
 * consumption) that turns neutralisations given in race progress into race times, adds the SC
 * ghost-car delay and duration, and converts progress retirements to race times. Reuses its
 * buffers; confined to one thread.
 */
final class ProgressToTimeConverter {
  private final CompiledRace race;
  private final double[] tLaps;
  private final double[] tLapsPit;
  private final double[] lapwise;
  private final double[] convStart;
  private final double[] convEnd;
  private final double[] convDelay;
  private final double[] convDuration;

  ProgressToTimeConverter(CompiledRace race) {
    this.race = race;
    tLaps = new double[race.laps];
    tLapsPit = new double[race.laps];
    lapwise = new double[race.laps + 1];
    int cap = race.n + 64;
    convStart = new double[cap];
    convEnd = new double[cap];
    convDelay = new double[cap];
    convDuration = new double[cap];
  }

  /**
   * Race time of the free-track pre-simulation (with its pit losses) at the end of {@code lap}, s;
   * valid after {@link #convert}.
   */
  double raceTimeAtLapS(int lap) {
    return lapwise[Math.min(Math.max(lap, 0), race.laps)];
  }

  /** Converts {@code ev} (phases in progress domain, non-empty) to the time domain in place. */
  void convert(RaceEvents ev) {
    int d = race.refDriver;
    TrackParams tr = race.track;
    baseLapTimes(d, tr);
    // the reference builds its [start, end] accumulator as [[0.0, 0.0]] * n: one list shared by
    // every phase, so pit losses recorded for one phase leak into all (ADR 0101)
    double[] pitBefore = new double[2];
    pitLosses(d, tr, ev, pitBefore);
    int laps = race.laps;
    for (int p = 0; p < ev.phaseCount; p++) {
      convertPhase(ev, p, pitBefore, laps);
    }
    double sum = 0;
    lapwise[0] = 0;
    for (int i = 0; i < laps; i++) {
      sum += tLaps[i] + tLapsPit[i];
      lapwise[i + 1] = sum;
    }
    if (!ev.retireTimeDomain) {
      convertRetirements(ev);
    }
    for (int p = 0; p < ev.phaseCount; p++) {
      ev.start[p] = convStart[p];
      ev.end[p] = convEnd[p];
      ev.scDelayS[p] = convDelay[p];
      ev.scDurationLaps[p] = convDuration[p];
    }
    ev.phasesTimeDomain = true;
  }

  private void baseLapTimes(int d, TrackParams tr) {
    double tBase = tr.tQualiS() + tr.tGapRacepaceS() + race.tDriverS[d] + race.tCarS[d];
    for (int i = 0; i < race.laps; i++) {
      tLaps[i] =
          tBase + (race.mFuelStartKg[d] - race.bFuelPerLapKg[d] * i) * tr.tLapSensMassSPerKg();
      tLapsPit[i] = 0;
    }
    tLaps[0] += tr.tLossFirstLapS() + (race.grid[d] - 1) * tr.tLossPerGridPosS();
    int[] inlaps = race.stopInlap[d];
    for (int s = 0; s < inlaps.length; s++) {
      int from = inlaps[s];
      int to = s + 1 < inlaps.length ? inlaps[s + 1] : race.laps;
      double age = race.stopAge[d][s];
      for (int i = from; i < to; i++) {
        tLaps[i] += race.tyreLossS(d, race.stopCoeffs[d][s], age + (i - from));
      }
      if (from < race.laps) {
        // cold tyres on the first lap of every stint (the golden runs' pre-simulation has them)
        tLaps[from] += race.tColdS[d];
      }
    }
  }

  private void pitLosses(int d, TrackParams tr, RaceEvents ev, double[] pitBefore) {
    boolean after = tr.pitsAfterFinishLine();
    double fracIn = after ? 0.01 : 0.05;
    double fracOut = after ? 0.05 : 0.01;
    int[] inlaps = race.stopInlap[d];
    for (int s = 1; s < inlaps.length; s++) {
      int in = inlaps[s];
      double tIn = after ? 0.0 : standstill(d, s, tr);
      int ph = findPhase(ev, in - fracIn, in);
      tIn +=
          pitDrive(
              ev, ph, in, tr.tPitDriveInlapS(), tr.tPitDriveInlapScS(), tr.tPitDriveInlapFcyS());
      tLapsPit[in - 1] += tIn;
      if (in >= race.laps) {
        continue;
      }
      double tOut = after ? standstill(d, s, tr) : 0.0;
      ph = findPhase(ev, in, in + fracOut);
      tOut +=
          pitDrive(
              ev, ph, in, tr.tPitDriveOutlapS(), tr.tPitDriveOutlapScS(), tr.tPitDriveOutlapFcyS());
      tLapsPit[in] += tOut;
      for (int p = 0; p < ev.phaseCount; p++) {
        if (in + fracOut < ev.start[p] && ev.start[p] < in + 1.0) {
          pitBefore[0] += tOut;
        }
        if (isClose(ev.end[p], in)) {
          pitBefore[1] += tIn;
        } else if (in + fracOut < ev.end[p] && ev.end[p] <= in + 1.0) {
          pitBefore[1] += tOut;
        }
      }
    }
  }

  /** First phase with start <= from and to <= end, else -1. */
  private static int findPhase(RaceEvents ev, double from, double to) {
    for (int p = 0; p < ev.phaseCount; p++) {
      if (ev.start[p] <= from && to <= ev.end[p]) {
        return p;
      }
    }
    return -1;
  }

  private static double pitDrive(
      RaceEvents ev, int ph, int inlap, double green, double sc, double fcy) {
    if (ph < 0) {
      return green;
    }
    if (ev.safetyCar[ph]) {
      return ev.start[ph] < inlap - 1.0 ? sc : fcy;
    }
    return fcy;
  }

  private double standstill(int d, int s, TrackParams tr) {
    double t = tr.tPitTireChangeMinS() + race.tPitAddS[d];
    double fuel = race.stopFuelKg[d][s];
    if (fuel != 0.0 && fuel * race.refuelPerKgS[d] > t) {
      t = fuel * race.refuelPerKgS[d];
    }
    return t;
  }

  private void convertPhase(RaceEvents ev, int p, double[] pitBefore, int laps) {
    double s = ev.start[p];
    double e = Math.min(ev.end[p], laps);
    boolean sc = ev.safetyCar[p];
    int startIdx = (int) Math.floor(s);
    int stopIdx = (int) Math.ceil(e);
    convDelay[p] = Double.NaN;
    convDuration[p] = Double.NaN;
    for (int lap = startIdx; lap < stopIdx; lap++) {
      double prog = lap;
      double fracNormal;
      double slow;
      if (prog <= s) {
        double bef = s - prog;
        double aft = prog + 1.0 >= e ? prog + 1.0 - e : 0.0;
        fracNormal = bef + aft;
        slow = race.tLapFcyS;
        convStart[p] = prefixSum(lap) + bef * tLaps[lap] + pitBefore[0];
        if (prog + 1.0 >= e) {
          convEnd[p] =
              isClose(e, laps)
                  ? Double.POSITIVE_INFINITY
                  : convStart[p] + (1.0 - fracNormal) * slow;
        }
      } else if (prog + 1.0 >= e) {
        fracNormal = sc ? 0.0 : prog + 1.0 - e;
        slow = sc ? race.tLapScS : race.tLapFcyS;
        convEnd[p] =
            isClose(e, laps)
                ? Double.POSITIVE_INFINITY
                : prefixSum(lap) + (1.0 - fracNormal) * slow + pitBefore[1];
      } else {
        fracNormal = 0.0;
        slow = sc ? race.tLapScS : race.tLapFcyS;
      }
      double t = fracNormal * tLaps[lap] + (1.0 - fracNormal) * slow;
      if (tLaps[lap] < t) {
        tLaps[lap] = t;
      }
    }
    if (sc) {
      convDelay[p] = prefixSum(startIdx + 1) - convStart[p];
      // the SC drives slower at first so the field can catch up: at least a third of an SC lap
      double minDelay = 0.33 * race.tLapScS;
      if (convDelay[p] < minDelay) {
        double diff = minDelay - convDelay[p];
        convDelay[p] += diff;
        convEnd[p] += diff;
        if (startIdx + 1 < laps) {
          tLaps[startIdx + 1] += diff;
        }
      }
      convDuration[p] = isClose(e, laps) ? Double.POSITIVE_INFINITY : stopIdx - startIdx - 1;
    }
  }

  private double prefixSum(int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += tLaps[i] + tLapsPit[i];
    }
    return sum;
  }

  private void convertRetirements(RaceEvents ev) {
    for (int d = 0; d < race.n; d++) {
      double at = ev.retireAt[d];
      if (Double.isNaN(at)) {
        continue;
      }
      int match = -1;
      for (int p = 0; p < ev.phaseCount && match < 0; p++) {
        if (isClose(ev.start[p], at)) {
          match = p;
        }
      }
      if (match >= 0) {
        ev.retireAt[d] = convStart[match];
      } else {
        int lap = (int) Math.floor(at);
        double frac = at - lap;
        ev.retireAt[d] =
            lap >= race.laps
                ? lapwise[race.laps]
                : lapwise[lap] + frac * (lapwise[lap + 1] - lapwise[lap]);
      }
    }
    ev.retireTimeDomain = true;
  }

  /** Python math.isclose with its defaults (relative 1e-9). */
  static boolean isClose(double a, double b) {
    if (a == b) {
      return true;
    }
    if (Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
