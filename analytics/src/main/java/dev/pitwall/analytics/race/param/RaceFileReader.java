package dev.pitwall.analytics.race.param;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a TUM race parameter file ({@code pars_<Race>.ini}). Ranges follow the
 * reference implementation's plausibility checks; every violation throws {@link RaceParamException}
 * naming file, section and field. Stateless; thread-safe.
 */
public final class RaceFileReader {
  static final Set<String> COMPOUNDS = Set.of("A1", "A2", "A3", "A4", "A5", "A6", "A7", "I", "W");

  private RaceFileReader() {}

  public static RaceDefinition read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RaceParamException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  public static RaceDefinition parse(String sourceName, List<String> lines) {
    IniFile ini = IniFile.parse(sourceName, lines);
    RaceRules rules = readRules(ini.json("RACE_PARS", "race_pars"));
    TrackParams track = TrackReader.read(ini.json("TRACK_PARS", "track_pars"));
    Map<String, TeamParams> teams = readTeams(ini.json("CAR_PARS", "car_pars"));
    ParamNode tyreNode = ini.json("TIRESET_PARS", "tireset_pars");
    ParamNode driverNode = ini.json("DRIVER_PARS", "driver_pars");
    Map<String, TyreParams> tyres = new LinkedHashMap<>();
    Map<String, DriverParams> drivers = new LinkedHashMap<>();
    Set<Integer> grid = new HashSet<>();
    for (String initials : rules.participants()) {
      if (!driverNode.has(initials)) {
        throw driverNode.fail("no entry for participant " + initials);
      }
      if (!tyreNode.has(initials)) {
        throw tyreNode.fail("no entry for participant " + initials);
      }
      TyreParams tp = TyreReader.read(tyreNode.get(initials));
      DriverParams dp = DriverReader.read(driverNode.get(initials), rules, teams, tp);
      if (!grid.add(dp.gridPosition())) {
        throw driverNode
            .get(initials)
            .get("p_grid")
            .fail("grid position " + dp.gridPosition() + " is not unique");
      }
      tyres.put(initials, tp);
      drivers.put(initials, dp);
    }
    MonteCarloSettings mc = readMonteCarlo(ini.json("MONTE_CARLO_PARS", "monte_carlo_pars"), rules);
    EventSpec events = EventReader.read(ini.json("EVENT_PARS", "event_pars"), rules);
    if (!events.fcyPhases().isEmpty()) {
      int bad =
          FcyGaps.firstConflict(events.fcyPhases(), mc, events.fcyTimeDomain(), track.baseLapS());
      if (bad >= 0) {
        throw ini.json("EVENT_PARS", "event_pars")
            .get("fcy_data")
            .get("phases")
            .elements()
            .get(bad)
            .fail(
                "neutralisations intersect or are closer than min_dist_sc/min_dist_vsc ("
                    + mc.minDistScLaps()
                    + "/"
                    + mc.minDistVscLaps()
                    + " laps); the lap-discrete engine handles one phase per lap");
      }
    }
    return new RaceDefinition(sourceName, rules, track, teams, tyres, drivers, mc, events);
  }

  private static RaceRules readRules(ParamNode n) {
    boolean useDrs = n.get("use_drs").asBoolean();
    int laps = n.get("tot_no_laps").asInt(1, 199);
    List<String> participants = new ArrayList<>();
    for (ParamNode p : n.get("participants").elements()) {
      if (participants.contains(p.asString())) {
        throw p.fail("participant " + p.asString() + " listed twice");
      }
      participants.add(p.asString());
    }
    if (participants.isEmpty() || participants.size() >= 30) {
      throw n.get("participants").fail("expected 1 to 29 participants, got " + participants.size());
    }
    return new RaceRules(
        n.get("season").asInt(1950, 2100),
        laps,
        n.get("min_t_dist").asDouble(0, true, 5, true),
        n.get("min_t_dist_sc").asDouble(0, true, 5, true),
        n.get("t_duel").asDouble(0, true, 10, true),
        n.get("t_overtake_loser").asDouble(0, true, 10, true),
        useDrs,
        useDrs ? n.get("drs_window").asDouble(0, false, 5, true) : Double.NaN,
        useDrs ? n.get("drs_allow_lap").asInt(1, laps + 1) : 0,
        useDrs ? n.get("drs_sc_delay").asInt(0, 10) : 0,
        List.copyOf(participants));
  }

  private static Map<String, TeamParams> readTeams(ParamNode n) {
    Map<String, TeamParams> teams = new LinkedHashMap<>();
    for (String team : n.keys()) {
      ParamNode t = n.get(team);
      if (!"combustion".equals(t.get("drivetype").asString())) {
        throw t.get("drivetype")
            .fail(
                "only combustion cars are supported, got \""
                    + t.get("drivetype").asString()
                    + "\"");
      }
      ParamNode refuel = t.get("t_pit_refuel_perkg");
      teams.put(
          team,
          new TeamParams(
              team,
              t.get("t_car").asDouble(0, true, 10, false),
              t.get("m_fuel").asDouble(0, true, 115, true),
              t.get("b_fuel_perlap").asDouble(0, false, 5, false),
              t.get("mult_consumption_sc").asDouble(0, false, 1, true),
              t.get("mult_consumption_fcy").asDouble(0, false, 1, true),
              t.get("auto_consumption_adjust").asBoolean(),
              t.get("t_pit_tirechange_add").asDouble(0, false, 5, false),
              refuel.isNull() ? Double.NaN : refuel.asDouble(0, true, 5, false)));
    }
    return teams;
  }

  private static MonteCarloSettings readMonteCarlo(ParamNode n, RaceRules rules) {
    String ref = n.get("ref_driver").asString();
    if (!rules.participants().contains(ref)) {
      throw n.get("ref_driver").fail("reference driver " + ref + " is not a participant");
    }
    return new MonteCarloSettings(
        n.get("min_dist_sc").asDouble(0, true, 10, true),
        n.get("min_dist_vsc").asDouble(0, true, 10, true),
        ref);
  }

  static <T> List<T> sorted(List<T> list, Comparator<T> order) {
    List<T> copy = new ArrayList<>(list);
    copy.sort(order);
    return List.copyOf(copy);
  }
}
