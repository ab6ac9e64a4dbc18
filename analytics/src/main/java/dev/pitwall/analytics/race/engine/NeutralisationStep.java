package dev.pitwall.analytics.race.engine;

/** VSC/SC lap times, the SC ghost car and phase reset/late activation. Same thread as its race. */
final class NeutralisationStep {
  private final RaceState s;

  NeutralisationStep(RaceState state) {
    this.s = state;
  }

  void neutralisations(int lap) {
    int row = lap * s.n;
    int prev = row - s.n;
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d]) {
        continue;
      }
      s.fcy.checkActivation(d, s.raceT[prev + d], s.lapT[row + d]);
      int p = s.fcy.active[d];
      if (p < 0) {
        continue;
      }
      if (!s.fcy.lapFractions(d, s.raceT[prev + d], s.lapT[row + d], s.frac)) {
        s.status = ResultStatus.LAP_FRACTION_INVALID;
      }
      double fn = s.frac[0];
      double tmp = fn * s.lapT[row + d] + (1.0 - fn) * s.race.tLapFcyS;
      if (s.lapT[row + d] < tmp) {
        s.lapT[row + d] = tmp;
      }
      boolean sc = s.events.safetyCar[p];
      s.influence[row + d] |= sc ? RaceState.SC : RaceState.VSC;
      if (fn < 0.5 || sc) {
        s.overtakeOk[row + d] = false;
      }
      if (sc) {
        safetyCarGhost(lap, d, p);
      }
    }
  }

  private void safetyCarGhost(int lap, int d, int p) {
    int row = lap * s.n;
    int prev = row - s.n;
    if (s.fcy.ghostLaps[d] < 0) {
      s.fcy.ghostRaceTimeS[d] = s.events.start[p];
      s.fcy.ghostLaps[d] = 0;
    } else {
      s.fcy.ghostRaceTimeS[d] += s.race.tLapScS;
      s.fcy.ghostLaps[d]++;
      if (s.fcy.ghostLaps[d] == 1) {
        s.fcy.ghostRaceTimeS[d] += s.events.scDelayS[p];
      }
    }
    double withFcy = s.raceT[prev + d] + s.lapT[row + d];
    double ghostMin = s.fcy.ghostRaceTimeS[d] + s.pos[row + d] * s.race.rules.minTDistScS();
    if (withFcy < ghostMin) {
      s.lapT[row + d] = ghostMin - s.raceT[prev + d];
    }
    if (s.race.rules.useDrs()) {
      s.drsActLap[d] = lap + 1 + s.race.rules.drsScDelayLaps();
    }
  }

  void fcyChecks(int lap) {
    int row = lap * s.n;
    int prev = row - s.n;
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d]) {
        continue;
      }
      if (s.pos[row + d] == 1 && s.fcy.active[d] >= 0) {
        s.flagged = true;
      }
      s.fcy.checkReset(d, s.raceT[prev + d] + s.lapT[row + d]);
      s.fcy.checkActivation(d, s.raceT[prev + d], s.lapT[row + d]);
      int p = s.fcy.active[d];
      if (p >= 0 && s.events.safetyCar[p] && s.fcy.ghostLaps[d] < 0) {
        s.fcy.ghostRaceTimeS[d] = s.events.start[p];
        s.fcy.ghostLaps[d] = 0;
        if (s.race.rules.useDrs()) {
          s.drsActLap[d] = lap + 1 + s.race.rules.drsScDelayLaps();
        }
      }
    }
  }
}
