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
    if (!add.phasesTimeDomain && add.phaseCount > 0) {
      phasesToTime(s, from, add);
    }
    RaceEvents ev = s.events;
    boolean mine = pending(s, from, ev);
    if (mine && pending(s, from, add) && ev.retireTimeDomain != add.retireTimeDomain) {
      retirementsToTime(s, from, ev.retireTimeDomain ? add : ev);
    }
    if (!mine) {
      ev.retireTimeDomain = add.retireTimeDomain;
    }
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

  private static double offsetS(RaceState s, RaceSnapshot from) {
    return from.leaderRaceTimeS() - s.presimRaceTimeS(from.lap);
  }

  /** Phases from race progress to shifted race time; retirements are left as they are. */
  private static void phasesToTime(RaceState s, RaceSnapshot from, RaceEvents ev) {
    boolean retireTime = ev.retireTimeDomain;
    ev.retireTimeDomain = true; // keeps the converter off the retirements
    s.convertToTime(ev);
    ev.retireTimeDomain = retireTime;
    double offset = offsetS(s, from);
    for (int p = 0; p < ev.phaseCount; p++) {
      ev.start[p] += offset;
      ev.end[p] += offset; // +inf (to the flag) stays +inf
    }
  }

  /** Retirements from race progress to shifted race time; phases are left as they are. */
  private static void retirementsToTime(RaceState s, RaceSnapshot from, RaceEvents ev) {
    RaceEvents only = new RaceEvents(s.n);
    only.copyRetirementsFrom(ev);
    s.convertToTime(only);
    double offset = offsetS(s, from);
    for (int d = 0; d < s.n; d++) {
      ev.retireAt[d] = only.retireAt[d] + offset; // NaN stays NaN
    }
    ev.retireTimeDomain = true;
  }
}
