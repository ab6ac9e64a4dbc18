package dev.pitwall.analytics.race.engine;

import java.util.List;

/**
 * Deterministic replay of a real race with its red-flag suspensions, which the reference model
 * leaves out (ADR 0101). Rules of the 2014-2019 seasons (FIA Sporting Regulations, suspending a
 * race): all cars enter the pit lane in race order, the order is the one at the last point where
 * every car's position was known, teams may change tyres while the race is suspended, and the race
 * resumes behind the safety car with the gaps gone. Modelled at the red-flag lap L:
 *
 * <ul>
 *   <li>the order is the one at the end of lap L-1; every running car is queued {@code
 *       min_t_dist_sc} behind the one ahead, one SC lap after the leader's race time at L-1 (the
 *       suspension itself is not race time here; Ergast's race time includes it);
 *   <li>a stop the race file gives on lap L (how the parameter files record the tyre change under
 *       the red flag) is free: the set is fitted at lap L without in-lap, standstill or out-lap
 *       loss; it is cold on the first lap after the restart;
 *   <li>neutralisations of the file that are still running or to come apply after the restart, so
 *       the restart behind the SC is the file's own phase when it has one.
 * </ul>
 *
 * Races without red flags are replayed unchanged (and match the golden files). Stateless.
 */
public final class RedFlagReplay {
  private RedFlagReplay() {}

  /**
   * @param redFlagLaps laps on which the race was suspended and later resumed, ascending
   */
  public static RaceResult replay(CompiledRace race, RaceEvents events, List<Integer> redFlagLaps) {
    RaceSimulator sim = new RaceSimulator(race);
    List<Integer> laps =
        redFlagLaps.stream().filter(l -> l >= 1 && l < race.laps).distinct().sorted().toList();
    if (laps.isEmpty()) {
      return sim.simulate(events);
    }
    RaceSnapshot before = sim.runTo(events, null, lastKnownLap(laps.get(0)));
    for (int i = 0; i < laps.size(); i++) {
      int lap = laps.get(i);
      RaceSnapshot restart = restart(race, events, before, lap);
      RaceEvents future = futureEvents(race, events, before, lap);
      if (i + 1 < laps.size()) {
        int next = Math.max(lap, lastKnownLap(laps.get(i + 1)));
        before = sim.runFromTo(restart, future, null, next);
      } else {
        sim.runFrom(restart, future, null);
      }
    }
    return sim.toResult();
  }

  /**
   * Last lap whose order stands: L-1, the last lap every car completed before the suspension. (Also
   * tried: the lap before a neutralisation that began under two laps before the red flag, with the
   * stops in between free; worse on Melbourne 2016, ADR 0101.)
   */
  static int lastKnownLap(int lap) {
    return Math.max(lap - 1, 0);
  }

  /** The state at the end of the red-flag lap: the order last known, gaps gone, tyres changed. */
  private static RaceSnapshot restart(
      CompiledRace race, RaceEvents events, RaceSnapshot before, int lap) {
    ObservedRace at = new ObservedRace(race, lap);
    double leader = before.lap == 0 ? 0.0 : before.leaderRaceTimeS();
    int slowLaps = lap - before.lap;
    double start = leader + slowLaps * race.tLapScS;
    for (int d = 0; d < race.n; d++) {
      if (!before.running(d)) {
        at.retired(d, before.progressLaps(d));
        continue;
      }
      double retireAt = events.retireAt[d];
      if (!events.retireTimeDomain && retireAt <= lap) {
        at.retired(d, retireAt); // the crash that stopped the race
        continue;
      }
      double t = start + (before.position(d) - 1) * race.rules.minTDistScS();
      int stint = before.stint(d);
      double age = before.tyreAgeLaps(d) + slowLaps;
      for (int l = before.lap + 1; l <= lap; l++) {
        int stop = race.stopAtInlap[d][l];
        if (stop >= 0) {
          stint = stop; // the last set fitted while the race was suspended
          age = race.stopAge[d][stop];
        }
      }
      double fuel = before.fuelKg(d) - slowLaps * race.bFuelPerLapKg[d];
      at.car(d, t, stint, age, fuel, false);
    }
    return at.snapshot();
  }

  /** File phases still running or to come after lap L, and retirements of cars still running. */
  private static RaceEvents futureEvents(
      CompiledRace race, RaceEvents events, RaceSnapshot before, int lap) {
    RaceEvents out = new RaceEvents(race.n);
    out.phasesTimeDomain = events.phasesTimeDomain;
    out.retireTimeDomain = events.retireTimeDomain;
    for (int p = 0; p < events.phaseCount; p++) {
      if (events.phasesTimeDomain || events.end[p] > lap) {
        out.addPhase(
            events.start[p],
            events.end[p],
            events.safetyCar[p],
            events.scDelayS[p],
            events.scDurationLaps[p]);
      }
    }
    for (int d = 0; d < race.n; d++) {
      if (before.running(d)) {
        out.retireAt[d] = events.retireAt[d];
      }
    }
    return out;
  }
}
