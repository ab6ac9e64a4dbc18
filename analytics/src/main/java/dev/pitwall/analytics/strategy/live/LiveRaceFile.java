package dev.pitwall.analytics.strategy.live;

import dev.pitwall.analytics.race.engine.RaceNoise;
import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.param.CompoundCoeffs;
import dev.pitwall.analytics.race.param.DriverParams;
import dev.pitwall.analytics.race.param.EventSpec;
import dev.pitwall.analytics.race.param.MonteCarloSettings;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceRules;
import dev.pitwall.analytics.race.param.TeamParams;
import dev.pitwall.analytics.race.param.TrackParams;
import dev.pitwall.analytics.race.param.TyreModel;
import dev.pitwall.analytics.race.param.TyreParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TUM race definition of a live session: one driver and one team per car (initials {@code C00},
 * {@code C01}, ... by source car index), base lap = the fastest car's corrected pace, each car's
 * t_driver = its pace above that, the series' compounds, pit loss, fuel and interaction constants,
 * and a Monte Carlo event model from the series' odds. Rivals keep their stops so far; where the
 * two-compound rule still binds them, one stop to another compound halfway through the remaining
 * laps is assumed. Stateless.
 */
final class LiveRaceFile {
  static final int SEASON = 2019;
  private static final double FISK_C = 5.0;

  private LiveRaceFile() {}

  static String initials(int car) {
    return String.format(java.util.Locale.ROOT, "C%02d", car);
  }

  static RaceDefinition build(
      SeriesParams s,
      Map<Integer, CarState> cars,
      int ourCar,
      int lap,
      int totalLaps,
      String leader) {
    double base =
        cars.values().stream()
            .mapToDouble(CarState::paceS)
            .filter(Double::isFinite)
            .min()
            .orElseThrow();
    double slowest =
        cars.values().stream()
            .mapToDouble(CarState::paceS)
            .filter(Double::isFinite)
            .max()
            .orElseThrow();
    Map<String, TeamParams> teams = new LinkedHashMap<>();
    Map<String, TyreParams> tyres = new LinkedHashMap<>();
    Map<String, DriverParams> drivers = new LinkedHashMap<>();
    TyreParams tyre = tyres(s);
    double teamPitS = RaceNoise.fiskMean(FISK_C, 0, fiskScale(s));
    List<CarState> byTime = new ArrayList<>(cars.values());
    byTime.sort(java.util.Comparator.comparingDouble(CarState::raceTimeS));
    for (CarState c : cars.values()) {
      String id = initials(c.seen().car());
      double pace = Double.isFinite(c.paceS()) ? c.paceS() : slowest + 1.0;
      teams.put(
          "T" + id,
          new TeamParams(
              "T" + id,
              0,
              s.fuelStartKg(),
              s.fuelPerLapKg(),
              0.25,
              0.5,
              false,
              teamPitS,
              Double.NaN));
      tyres.put(id, tyre);
      drivers.put(
          id,
          new DriverParams(
              id,
              c.seen().car() + 1,
              "Car " + c.seen().car(),
              "T" + id,
              pace - base,
              strategy(s, c, lap, totalLaps, c.seen().car() == ourCar),
              byTime.indexOf(c) + 1,
              0,
              250));
    }
    RaceRules rules =
        new RaceRules(
            SEASON,
            totalLaps,
            s.minGapS(),
            s.minGapScS(),
            s.duelS(),
            s.overtakeLoserS(),
            false,
            Double.NaN,
            0,
            0,
            List.copyOf(drivers.keySet()));
    EventSpec random =
        new EventSpec(
            EventSpec.Mode.RANDOM, false, List.of(), EventSpec.Mode.RANDOM, false, List.of());
    return new RaceDefinition(
        s.name(),
        rules,
        track(s, base, teamPitS),
        teams,
        tyres,
        drivers,
        new MonteCarloSettings(2.0, 1.5, leader),
        random);
  }

  private static TyreParams tyres(SeriesParams s) {
    Map<String, CompoundCoeffs> c = new LinkedHashMap<>();
    s.compoundOffsetAndDegS().forEach((k, v) -> c.put(k, new CompoundCoeffs(v[0], v[1], 0, 0)));
    return new TyreParams(TyreModel.LIN, 0.25, 0.5, s.coldTyresS(), c);
  }

  /** Start set and the stops so far; a rival still bound by the compound rule gets one more. */
  private static List<PitStop> strategy(
      SeriesParams s, CarState c, int lap, int totalLaps, boolean ours) {
    List<PitStop> out = new ArrayList<>();
    out.add(new PitStop(0, c.compound(), 0, 0.0));
    for (int in : c.seen().pitInLaps()) {
      if (in <= lap) {
        out.add(new PitStop(in, c.compound(), 0, 0.0));
      }
    }
    boolean bound = s.twoCompoundRule() && s.compounds().size() > 1 && !ours;
    if (bound && out.stream().map(PitStop::compound).distinct().count() < 2) {
      int in = Math.min(totalLaps - 1, lap + Math.max(1, (totalLaps - lap) / 2));
      String other = s.compounds().stream().filter(x -> !x.equals(c.compound())).findFirst().get();
      out.add(new PitStop(in, other, 0, 0.0));
    }
    return out;
  }

  private static TrackParams track(SeriesParams s, double base, double teamPitS) {
    return new TrackParams(
        s.name(),
        base,
        0.0,
        s.fuelSensSPerKg(),
        Math.max(0, s.pitStationaryS() - teamPitS),
        s.pitDriveInlapS(),
        s.pitDriveOutlapS(),
        0.7 * s.pitDriveInlapS(),
        0.7 * s.pitDriveOutlapS(),
        0.5 * s.pitDriveInlapS(),
        0.5 * s.pitDriveOutlapS(),
        false,
        0.0,
        0.0,
        s.overtakeGapS(),
        0.0,
        0.0,
        s.scLapFactor(),
        s.vscLapFactor());
  }

  /** Fisk scale of the team's standstill add-on: a tenth of the series' stationary time. */
  private static double fiskScale(SeriesParams s) {
    return Math.max(0.05, 0.1 * s.pitStationaryS());
  }

  /** The series' event odds in the reference's Monte Carlo format, for these drivers. */
  static McsParams mcs(SeriesParams s, RaceDefinition def) {
    Map<String, Double> accident = new LinkedHashMap<>();
    Map<String, Double> failure = new LinkedHashMap<>();
    Map<String, double[]> fisk = new LinkedHashMap<>();
    for (DriverParams d : def.drivers().values()) {
      accident.put(d.name(), s.pAccident());
      failure.put(d.team(), s.pFailure());
      fisk.put(d.team(), new double[] {FISK_C, 0, fiskScale(s)});
    }
    return new McsParams(
        s.name() + " series odds",
        Map.of(SEASON, accident),
        Map.of(SEASON, failure),
        s.pScCount(),
        new double[] {0.16, 0.168, 0.168, 0.168, 0.168, 0.168},
        new double[] {0.05, 0.15, 0.25, 0.2, 0.15, 0.08, 0.05, 0.04, 0.02, 0.01},
        0.227,
        new double[] {0.4, 0.3, 0.2, 0.1},
        fisk,
        Map.of("unknown", s.lapSigmaS()),
        Map.of("unknown", new double[] {0.0, 0.5}));
  }
}
