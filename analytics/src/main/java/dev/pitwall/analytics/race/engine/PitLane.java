package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.TrackParams;
import java.util.Arrays;

/**
 * Pit in- and out-laps: standstill, pit-lane losses (FCY variants), re-sorting. Same thread as its
 * race.
 */
final class PitLane {
  private final RaceState s;

  PitLane(RaceState state) {
    this.s = state;
  }

  void pitOutlaps(int lap) {
    Arrays.fill(s.pitOutlapLoss, 0.0);
    if (s.pitCount == 0) {
      return;
    }
    TrackParams tr = s.race.track;
    int row = lap * s.n;
    int prev = row - s.n;
    Arrays.fill(s.lossTmp, 0.0);
    for (int d = 0; d < s.n; d++) {
      if (!s.pitting[d]) {
        continue;
      }
      s.influence[row + d] |= RaceState.OUTLAP;
      if (tr.pitsAfterFinishLine()) {
        s.lossTmp[d] += pitStandstill(d, lap - 1);
      }
      double drive = tr.tPitDriveOutlapS();
      int p = s.fcy.phaseForPit(d);
      if (p >= 0) {
        RaceEvents ev = s.events;
        double rtPrev = s.raceT[prev + d];
        if (!ev.safetyCar[p]) {
          if (ev.start[p] <= rtPrev
              && rtPrev + s.lossTmp[d] + tr.tPitDriveOutlapFcyS() < ev.end[p]) {
            drive = tr.tPitDriveOutlapFcyS();
          }
        } else if (ev.start[p] <= rtPrev && rtPrev < ev.end[p]) {
          drive =
              ev.start[p] < s.raceT[Math.max(lap - 2, 0) * s.n + d]
                  ? tr.tPitDriveOutlapScS()
                  : tr.tPitDriveOutlapFcyS();
        }
      }
      s.lossTmp[d] += drive;
    }
    for (int d = 0; d < s.n; d++) {
      s.lapT[row + d] += s.lossTmp[d];
      s.rtTmp[d] = s.raceT[prev + d] + s.lossTmp[d];
    }
    s.sortPositions(lap, s.rtTmp);
    s.assureMinDistances(lap, s.rtTmp);
    System.arraycopy(s.lapT, row, s.pitOutlapLoss, 0, s.n);
  }

  /** Fits the tyres of the stop at {@code inlap}, refuels, and returns the standstill in s. */
  private double pitStandstill(int d, int inlap) {
    int stop = s.race.stopAtInlap[d][inlap];
    s.coeffs[d] = s.race.stopCoeffs[d][stop];
    s.stint[d] = stop;
    s.ageDegr[d] = s.race.stopAge[d][stop];
    s.ageStint[d] = 0;
    double fuel = s.race.stopFuelKg[d][stop];
    s.mFuel[d] += fuel;
    double t =
        s.race.track.tPitTireChangeMinS()
            + (s.noise == null ? s.race.tPitAddS[d] : s.noise.pitAddS(d));
    if (!Double.isNaN(s.race.refuelPerKgS[d]) && fuel * s.race.refuelPerKgS[d] > t) {
      t = fuel * s.race.refuelPerKgS[d];
    }
    return t;
  }

  void pitInlaps(int lap) {
    TrackParams tr = s.race.track;
    int row = lap * s.n;
    int prev = row - s.n;
    Arrays.fill(s.pitting, false);
    s.pitCount = 0;
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d] || s.race.stopAtInlap[d][lap] < 0) {
        continue;
      }
      s.pitting[d] = true;
      s.influence[row + d] |= RaceState.INLAP;
      s.pitCount++;
      double loss = tr.pitsAfterFinishLine() ? 0.0 : pitStandstill(d, lap);
      double drive = tr.tPitDriveInlapS();
      int p = s.fcy.phaseForPit(d);
      if (p >= 0) {
        double rtPrev = s.raceT[prev + d];
        double rtEnd = rtPrev + s.lapT[row + d];
        if (!s.events.safetyCar[p]) {
          if (s.events.start[p] <= rtEnd && rtEnd + tr.tPitDriveInlapFcyS() < s.events.end[p]) {
            drive = tr.tPitDriveInlapFcyS();
          }
        } else if (s.events.start[p] <= rtEnd && rtPrev < s.events.end[p]) {
          drive = s.events.start[p] < rtPrev ? tr.tPitDriveInlapScS() : tr.tPitDriveInlapFcyS();
        }
      }
      s.lapT[row + d] += loss + drive;
    }
    if (s.pitCount > 0) {
      for (int d = 0; d < s.n; d++) {
        s.rtTmp[d] = s.raceT[prev + d] + s.lapT[row + d];
      }
      s.sortPositions(lap, s.rtTmp);
    }
  }
}
