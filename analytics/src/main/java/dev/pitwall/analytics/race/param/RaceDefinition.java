package dev.pitwall.analytics.race.param;

import java.util.LinkedHashMap;
import java.util.Map;

/** One validated TUM race parameter file. Immutable; maps keep file order. */
public record RaceDefinition(
    String sourceName,
    RaceRules rules,
    TrackParams track,
    Map<String, TeamParams> teams,
    Map<String, TyreParams> tyres,
    Map<String, DriverParams> drivers,
    MonteCarloSettings monteCarlo,
    EventSpec events) {

  /** A copy whose team {@code team} consumes {@code bFuelPerLapKg} per lap. */
  public RaceDefinition withTeamFuelPerLap(String team, double bFuelPerLapKg) {
    TeamParams t = teams.get(team);
    if (t == null) {
      throw new IllegalArgumentException(sourceName + ": unknown team " + team);
    }
    Map<String, TeamParams> copy = new LinkedHashMap<>(teams);
    copy.put(team, t.withBFuelPerLapKg(bFuelPerLapKg));
    return new RaceDefinition(sourceName, rules, track, copy, tyres, drivers, monteCarlo, events);
  }

  /** A copy with other events (e.g. random ones for one Monte Carlo race). */
  public RaceDefinition withEvents(EventSpec newEvents) {
    return new RaceDefinition(
        sourceName, rules, track, teams, tyres, drivers, monteCarlo, newEvents);
  }
}
