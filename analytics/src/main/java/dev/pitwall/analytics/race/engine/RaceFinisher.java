package dev.pitwall.analytics.race.engine;

/**
 * After the last lap: cuts laps driven after the winner finished (lapped cars do not complete the
 * race distance), re-sorts every lap's positions and runs the reference's plausibility checks.
 * Works on the arrays of its {@link RaceState}; same thread.
 */
final class RaceFinisher {
  private final RaceState s;
  private final int n;
  private final int laps;
  private final int[] order;
  private final double[] sorted;

  RaceFinisher(RaceState sim) {
    this.s = sim;
    this.n = sim.n;
    this.laps = sim.laps;
    order = new int[n];
    sorted = new double[n];
  }

  void finish() {
    cutLapsAfterWinner();
    for (int lap = 1; lap <= laps; lap++) {
      resortLap(lap);
    }
    checkPlausibility();
  }

  private int lastCompletedLap(int d) {
    if (!Double.isNaN(s.raceT[laps * n + d])) {
      return laps;
    }
    if (Double.isNaN(s.raceT[n + d])) {
      return 0;
    }
    int lap = 0;
    while (!Double.isNaN(s.raceT[lap * n + d])) {
      lap++;
    }
    return lap - 1;
  }

  private void cutLapsAfterWinner() {
    int winner = 0;
    for (int d = 0; d < n; d++) {
      if (s.pos[laps * n + d] == 1) {
        winner = d;
        break;
      }
    }
    int winnerLaps = lastCompletedLap(winner);
    double tWinner = s.raceT[winnerLaps * n + winner];
    if (winnerLaps < laps) {
      s.status = ResultStatus.WINNER_DID_NOT_FINISH;
    }
    for (int d = 0; d < n; d++) {
      if (s.pos[laps * n + d] == 1) {
        continue;
      }
      int firstNan = lastCompletedLap(d) + 1;
      int k = 0;
      for (int lap = 0; lap < firstNan; lap++) {
        if (s.raceT[lap * n + d] > tWinner) {
          k = lap;
          break;
        }
      }
      if (k > 0 && k < laps) {
        for (int lap = k + 1; lap <= laps; lap++) {
          s.pos[lap * n + d] = s.pos[k * n + d];
          s.lapT[lap * n + d] = Double.NaN;
          s.raceT[lap * n + d] = Double.NaN;
        }
        s.progress[d] = k;
      }
    }
  }

  /** Sort by race time (NaN last), then progress (more first), then previous position. */
  private void resortLap(int lap) {
    int row = lap * n;
    for (int d = 0; d < n; d++) {
      order[d] = d;
    }
    for (int i = 1; i < n; i++) {
      for (int j = i; j > 0 && before(row, order[j], order[j - 1]); j--) {
        int t = order[j];
        order[j] = order[j - 1];
        order[j - 1] = t;
      }
    }
    for (int i = 0; i < n; i++) {
      s.pos[row + order[i]] = i + 1;
    }
  }

  private boolean before(int row, int a, int b) {
    double ra = s.raceT[row + a];
    double rb = s.raceT[row + b];
    if (!(ra == rb) && !(Double.isNaN(ra) && Double.isNaN(rb))) {
      return Double.compare(ra, rb) < 0;
    }
    if (s.progress[a] != s.progress[b]) {
      return s.progress[a] > s.progress[b];
    }
    return s.pos[row + a] < s.pos[row + b];
  }

  private void checkPlausibility() {
    for (int d = 0; d < n; d++) {
      double sum = 0;
      for (int lap = 0; lap <= laps; lap++) {
        double t = s.lapT[lap * n + d];
        if (!Double.isNaN(t)) {
          sum += t;
        }
      }
      double rt = s.raceT[lastCompletedLap(d) * n + d];
      if (!(Math.abs(sum - rt) <= 1e-8 + 1e-5 * Math.abs(rt))) {
        s.status = ResultStatus.LAP_SUM_MISMATCH;
      }
    }
    for (int lap = 0; lap <= laps; lap++) {
      long seen = 0;
      for (int d = 0; d < n; d++) {
        int p = s.pos[lap * n + d];
        if (p >= 1 && p <= n) {
          seen |= 1L << p;
        }
      }
      if (Long.bitCount(seen) != n) {
        s.status = ResultStatus.POSITIONS_IMPLAUSIBLE;
      }
    }
    if (minDistanceBroken()) {
      s.status = ResultStatus.MIN_DISTANCE_BROKEN;
    }
    if (s.events.phaseCount > 0 && !s.flagged) {
      s.status = ResultStatus.FCY_NOT_APPLIED;
    }
    for (int d = 0; d < n; d++) {
      if (!s.retired(d) && !s.twoCompounds[d]) {
        s.status = ResultStatus.ONE_COMPOUND;
      }
    }
  }

  private boolean minDistanceBroken() {
    double minDist = s.race.rules.minTDistS();
    // laps taken over from a snapshot were checked when they ran (or were observed, not simulated)
    for (int lap = s.startLap + 1; lap <= laps; lap++) {
      System.arraycopy(s.raceT, lap * n, sorted, 0, n);
      java.util.Arrays.sort(sorted);
      for (int gap = 0; gap < n - 1; gap++) {
        if (sorted[gap + 1] - sorted[gap] + 1e-7 < minDist && !pitExempt(lap, gap)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Gaps next to a car on its in-lap may be short (it is in the pit lane at the line). */
  private boolean pitExempt(int lap, int gap) {
    for (int d = 0; d < n; d++) {
      if (s.race.stopAtInlap[d][lap] < 0) {
        continue;
      }
      int p = s.pos[lap * n + d];
      if ((p > 1 && gap == p - 2) || (p < n && gap == p - 1)) {
        return true;
      }
    }
    return false;
  }
}
