package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.TrackParams;

/** Retirements and on-track overtaking, duels and minimum distances. Same thread as its race. */
final class TrackOrder {
  private final RaceState s;

  TrackOrder(RaceState state) {
    this.s = state;
  }

  void retirements(int lap) {
    int row = lap * s.n;
    int prev = row - s.n;
    boolean timeDomain = s.events.retireTimeDomain;
    int newlyRetired = 0;
    for (int d = 0; d < s.n; d++) {
      if (!s.driving[row + d]) {
        continue;
      }
      double at = s.events.retireAt[d];
      boolean retires =
          !Double.isNaN(at) && (timeDomain ? s.raceT[prev + d] + s.lapT[row + d] > at : lap > at);
      if (!retires) {
        s.progress[d] = lap;
        continue;
      }
      double fracLap;
      if (timeDomain) {
        fracLap = (at - s.raceT[prev + d]) / s.lapT[row + d];
      } else {
        fracLap = at - Math.floor(at);
        s.events.retireAt[d] = s.raceT[prev + d] + fracLap * s.lapT[row + d];
      }
      s.progress[d] += Math.max(fracLap, 0.0);
      s.influence[row + d] |= RaceState.RETIRING;
      for (int l = lap; l <= s.laps; l++) {
        s.driving[l * s.n + d] = false;
      }
      s.order[newlyRetired++] = d;
    }
    if (newlyRetired > 0) {
      placeRetired(lap, newlyRetired);
    }
  }

  /** Sorts the newly retired (least progress, then worst position first) to the back. */
  private void placeRetired(int lap, int count) {
    int row = lap * s.n;
    for (int i = 1; i < count; i++) {
      for (int j = i; j > 0 && retiredBefore(row, s.order[j], s.order[j - 1]); j--) {
        s.swapOrder(j - 1, j);
      }
    }
    for (int i = 0; i < count; i++) {
      int d = s.order[i];
      int stillTimed = 0;
      for (int k = 0; k < s.n; k++) {
        if (!Double.isNaN(s.raceT[row + k])) {
          stillTimed++;
        }
      }
      s.pos[row + d] = stillTimed;
      for (int l = lap; l <= s.laps; l++) {
        s.lapT[l * s.n + d] = Double.NaN;
        s.raceT[l * s.n + d] = Double.NaN;
      }
    }
    for (int d = 0; d < s.n; d++) {
      s.rtTmp[d] = s.raceT[row - s.n + d] + s.lapT[row + d];
    }
    s.sortPositions(lap, s.rtTmp);
  }

  private boolean retiredBefore(int row, int a, int b) {
    if (s.progress[a] != s.progress[b]) {
      return s.progress[a] < s.progress[b];
    }
    return s.pos[row + a] > s.pos[row + b];
  }

  void overtaking(int lap) {
    int row = lap * s.n;
    int prev = row - s.n;
    for (int d = 0; d < s.n; d++) {
      s.rtTmp[d] = s.raceT[prev + d] + s.lapT[row + d];
      s.duelApplied[d] = false;
      s.idxAtPos[s.pos[row + d]] = d;
    }
    double minDist = s.race.rules.minTDistS();
    double duel = s.race.rules.tDuelS();
    boolean changed = true;
    int passes = 0;
    while (changed) {
      changed = false;
      if (++passes > 20) {
        s.status = ResultStatus.OVERTAKING_LOOP;
        break;
      }
      for (int p = 1; p < s.n; p++) {
        int cur = s.idxAtPos[p];
        int back = s.idxAtPos[p + 1];
        if (!s.driving[row + back]) {
          break;
        }
        boolean allowed = s.overtakeOk[row + cur] && s.overtakeOk[row + back];
        if (allowed && s.rtTmp[cur] - s.rtTmp[back] > -minDist) {
          if (!s.duelApplied[cur]) {
            s.lapT[row + cur] += duel;
            s.rtTmp[cur] += duel;
            s.duelApplied[cur] = true;
          }
          if (!s.duelApplied[back]) {
            s.lapT[row + back] += duel;
            s.rtTmp[back] += duel;
            s.duelApplied[back] = true;
          }
        }
        if (allowed && s.rtTmp[cur] - s.rtTmp[back] >= requiredGapS(cur, back)) {
          s.pos[row + cur]++;
          s.pos[row + back]--;
          s.idxAtPos[p] = back;
          s.idxAtPos[p + 1] = cur;
          s.lapT[row + cur] += s.race.rules.tOvertakeLoserS();
          s.rtTmp[cur] += s.race.rules.tOvertakeLoserS();
          changed = true;
        } else if (s.rtTmp[cur] - s.rtTmp[back] > -minDist) {
          s.lapT[row + back] += s.rtTmp[cur] + minDist - s.rtTmp[back];
          s.rtTmp[back] = s.rtTmp[cur] + minDist;
        }
      }
    }
  }

  private double requiredGapS(int cur, int back) {
    TrackParams tr = s.race.track;
    double teamOrder = s.race.teamId[cur] == s.race.teamId[back] ? s.race.tTeamOrderS[back] : 0.0;
    double vel = tr.tGapOvertakeVelSPerKph() * (s.race.velMaxKph[back] - s.race.velMaxKph[cur]);
    return tr.tGapOvertakeS() + vel + teamOrder;
  }
}
