package dev.pitwall.analytics.race.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DRIVER_PARS of one driver, including the strategy rules. */
final class DriverReader {
  private DriverReader() {}

  static DriverParams read(
      ParamNode n, RaceRules rules, Map<String, TeamParams> teams, TyreParams tyres) {
    String team = n.get("team").asString();
    if (!teams.containsKey(team)) {
      throw n.get("team").fail("team \"" + team + "\" has no CAR_PARS entry");
    }
    return new DriverParams(
        n.get("initials").asString(),
        n.get("carno").asInt(1, 99),
        n.get("name").asString(),
        team,
        n.get("t_driver").asDouble(0, true, 20, false),
        strategy(n.get("strategy_info"), rules.totalLaps(), teams.get(team), tyres),
        n.get("p_grid").asInt(1, 29),
        n.get("t_teamorder").asDouble(-10, true, 10, true),
        n.get("vel_max").asDouble(100, true, 450, true));
  }

  static List<PitStop> strategy(ParamNode n, int totalLaps, TeamParams team, TyreParams tyres) {
    List<PitStop> stops = new ArrayList<>();
    for (ParamNode e : n.elements()) {
      List<ParamNode> f = e.elements();
      if (f.size() != 4) {
        throw e.fail(
            "a strategy entry is [inlap, compound, tyre age, fuel added], got "
                + f.size()
                + " values");
      }
      int prev = stops.isEmpty() ? -1 : stops.get(stops.size() - 1).inlap();
      int inlap = f.get(0).asInt(stops.isEmpty() ? 0 : 1, stops.isEmpty() ? 0 : totalLaps);
      if (inlap <= prev) {
        throw f.get(0).fail("inlap " + inlap + " does not come after the previous inlap " + prev);
      }
      String compound = f.get(1).asString();
      if (!RaceFileReader.COMPOUNDS.contains(compound)
          || !tyres.compounds().containsKey(compound)) {
        throw f.get(1)
            .fail(
                "unknown compound \""
                    + compound
                    + "\" (this driver has "
                    + tyres.compounds().keySet()
                    + ")");
      }
      double fuel = f.get(3).asDouble(0, true, 115, true);
      if (fuel > 0 && Double.isNaN(team.tPitRefuelPerKgS())) {
        throw f.get(3).fail("fuel is added but the team has no t_pit_refuel_perkg");
      }
      stops.add(new PitStop(inlap, compound, f.get(2).asInt(0, 99), fuel));
    }
    if (stops.isEmpty()) {
      throw n.fail("empty strategy: the first entry must be [0, start compound, tyre age, 0.0]");
    }
    return List.copyOf(stops);
  }
}
