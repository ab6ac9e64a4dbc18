package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.TrackParams;

/**
 * Lap times before interactions (tyres, fuel, car, driver, start, DRS) and car ageing. Same thread
 * as its race.
 */
final class LapTimeModel {
  private final RaceState s;

  LapTimeModel(RaceState state) {
    this.s = state;
  }

  void lapTimes(int lap) {
    TrackParams tr = s.race.track;
    int row = lap * s.n;
    int prev = row - s.n;
    double base = tr.tQualiS() + tr.tGapRacepaceS();
    for (int d = 0; d < s.n; d++) {
      if (s.driving[row + d]) {
        s.lapT[row + d] += base;
      }
    }
    boolean drs = s.race.rules.useDrs();
    if (drs) {
      for (int d = 0; d < s.n; d++) {
        s.idxAtPrevPos[s.pos[prev + d]] = d;
        s.idxAtPos[s.pos[row + d]] = d;
      }
    }
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d]) {
        continue;
      }
      double tyre = s.race.tyreLossS(d, s.coeffs[d], s.ageDegr[d]);
      if (s.ageStint[d] == 0) {
        tyre += s.race.tColdS[d];
      }
      double basic =
          tyre + s.race.tCarS[d] + s.mFuel[d] * tr.tLapSensMassSPerKg() + s.race.tDriverS[d];
      if (s.noise != null) {
        basic += s.noise.lapS(d);
      }
      s.lapT[row + d] += basic;
      if (lap == 1) {
        s.lapT[row + d] += tr.tLossFirstLapS();
        s.lapT[row + d] += (s.race.grid[d] - 1) * tr.tLossPerGridPosS();
        if (s.noise != null) {
          s.lapT[row + d] += s.noise.startS(d);
        }
      }
      if (drs && lap >= s.drsActLap[d]) {
        applyDrs(lap, d);
      }
    }
  }

  /** Adds each DRS half separately, as the reference does (keeps its float rounding). */
  private void applyDrs(int lap, int d) {
    int row = lap * s.n;
    int prev = row - s.n;
    double window = s.race.rules.drsWindowS();
    double half = s.race.track.tDrsEffectS() / 2.0;
    int p1 = s.pos[prev + d];
    if (p1 > 1) {
      int f = s.idxAtPrevPos[p1 - 1];
      if (s.pitting[f]) {
        return;
      }
      if (s.raceT[prev + d] - s.raceT[prev + f] <= window) {
        s.lapT[row + d] += half;
      }
    }
    int p2 = s.pos[row + d];
    if (p2 > 1) {
      int f = s.idxAtPos[p2 - 1];
      if ((s.raceT[prev + d] + s.pitOutlapLoss[d]) - (s.raceT[prev + f] + s.pitOutlapLoss[f])
          <= window) {
        s.lapT[row + d] += half;
      }
    }
  }

  void ageCars(int lap) {
    int row = lap * s.n;
    int prev = row - s.n;
    int remaining = s.laps - (lap - 1);
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d]) {
        continue;
      }
      int p = s.fcy.active[d];
      double fn = 1.0;
      if (p >= 0 && !s.fcy.lapFractions(d, s.raceT[prev + d], s.lapT[row + d], s.frac)) {
        s.status = ResultStatus.LAP_FRACTION_INVALID;
      }
      if (p >= 0) {
        fn = s.frac[0];
      }
      double base = s.race.bFuelPerLapKg[d];
      if (p < 0) {
        double b = s.race.autoConsumption[d] ? Math.max(s.mFuel[d] / remaining, base) : base;
        s.mFuel[d] -= b;
        s.ageDegr[d] += 1.0;
      } else if (s.events.safetyCar[p]) {
        s.mFuel[d] -= (fn + (1.0 - fn) * s.race.multConsSc[d]) * base;
        s.ageDegr[d] += fn + (1.0 - fn) * s.race.multDegSc[d];
      } else {
        s.mFuel[d] -= (fn + (1.0 - fn) * s.race.multConsFcy[d]) * base;
        s.ageDegr[d] += fn + (1.0 - fn) * s.race.multDegFcy[d];
      }
      if (s.mFuel[d] < 0.0) {
        // the reference aborts here on float-rounding remainders (ADR 0101); we clamp and count
        s.mFuel[d] = 0.0;
        s.fuelClamps++;
      }
      s.ageStint[d]++;
    }
  }
}
