package dev.pitwall.analytics.race.engine;

/**
 * Adds events after a snapshot to a race restored from it. Progress-domain events (the Monte Carlo
 * generator draws them in laps) are converted to race time with the reference's pre-simulation and
 * shifted by (leader race time at the snapshot lap - pre-simulation time at that lap): the real
 * race so far may be slower or faster than the free-track pre-simulation (safety cars, traffic),
 * and a phase drawn "on lap N + 3" must fall on lap N + 3 of this race. Same thread as the race.
 */
final class FutureEvents {
  private FutureEvents() {}

  static void merge(RaceState s, RaceSnapshot from, RaceEvents future) {
    RaceEvents add = new RaceEvents(s.n);
    add.copyFrom(future);
    toTime(s, from, add);
    RaceEvents ev = s.events;
    if (!ev.retireTimeDomain && pending(s, from, ev)) {
      RaceEvents mine = new RaceEvents(s.n);
      mine.copyRetirementsFrom(ev);
      toTime(s, from, mine);
      ev.copyRetirementsFrom(mine);
    }
    ev.retireTimeDomain = true;
    ev.phasesTimeDomain = true;
    int first = ev.phaseCount;
    for (int p = 0; p < add.phaseCount; p++) {
      ev.addPhase(
          add.start[p], add.end[p], add.safetyCar[p], add.scDelayS[p], add.scDurationLaps[p]);
    }
    // only the appended phases are sorted: the trackers hold indices of the known ones
    for (int i = first + 1; i < ev.phaseCount; i++) {
      for (int j = i; j > first && ev.start[j - 1] > ev.start[j]; j--) {
        ev.swap(j - 1, j);
      }
    }
    for (int d = 0; d < s.n; d++) {
      if (from.running(d) && Double.isNaN(ev.retireAt[d])) {
        ev.retireAt[d] = add.retireAt[d];
      }
    }
  }

  private static boolean pending(RaceState s, RaceSnapshot from, RaceEvents ev) {
    for (int d = 0; d < s.n; d++) {
      if (from.running(d) && !Double.isNaN(ev.retireAt[d])) {
        return true;
      }
    }
    return false;
  }

  /** Converts whatever is in race progress to shifted race time, in place. */
  private static void toTime(RaceState s, RaceSnapshot from, RaceEvents ev) {
    boolean phases = !ev.phasesTimeDomain && ev.phaseCount > 0;
    boolean retirements = !ev.retireTimeDomain;
    if (!phases && !retirements) {
      return;
    }
    int keptPhases = ev.phaseCount;
    if (!phases) {
      ev.phaseCount = 0; // time-domain phases stay as they are
    }
    s.convertToTime(ev);
    ev.phaseCount = keptPhases;
    double offset = from.leaderRaceTimeS() - s.presimRaceTimeS(from.lap);
    if (phases) {
      for (int p = 0; p < ev.phaseCount; p++) {
        ev.start[p] += offset;
        ev.end[p] += offset; // +inf (to the flag) stays +inf
      }
    }
    if (retirements) {
      for (int d = 0; d < s.n; d++) {
        ev.retireAt[d] += offset; // NaN stays NaN
      }
    }
    ev.phasesTimeDomain = true;
    ev.retireTimeDomain = true;
  }
}
