package dev.pitwall.analytics.race.engine;

import dev.pitwall.analytics.race.param.CompoundCoeffs;
import dev.pitwall.analytics.race.param.DriverParams;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceRules;
import dev.pitwall.analytics.race.param.TeamParams;
import dev.pitwall.analytics.race.param.TrackParams;
import dev.pitwall.analytics.race.param.TyreModel;
import dev.pitwall.analytics.race.param.TyreParams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link RaceDefinition} flattened into primitive arrays indexed by driver (drivers ordered by
 * car number, as the reference does). Immutable after construction; share freely across threads.
 */
public final class CompiledRace {
  final RaceDefinition definition;
  final int n;
  final int laps;
  final String[] initials;
  final String[] names;
  final String[] teams;
  final int[] teamId;
  final double[] tDriverS;
  final double[] tCarS;
  final double[] mFuelStartKg;
  final double[] bFuelPerLapKg;
  final double[] multConsSc;
  final double[] multConsFcy;
  final boolean[] autoConsumption;
  final double[] tPitAddS;
  final double[] refuelPerKgS;
  final int[] grid;
  final double[] tTeamOrderS;
  final double[] velMaxKph;
  final TyreModel[] tyreModel;
  final double[] multDegSc;
  final double[] multDegFcy;
  final double[] tColdS;

  /** Dry compounds the driver's tyre parameters offer (the two-compound rule needs two). */
  final int[] dryCompounds;

  /** Per driver: stops in order, entry 0 = start tyres. */
  final int[][] stopInlap;

  final int[][] stopAge;
  final double[][] stopFuelKg;
  final double[][][] stopCoeffs;
  final String[][] stopCompound;

  /** Per driver and lap: index of the stop whose inlap is that lap, else -1. */
  final int[][] stopAtInlap;

  final int refDriver;
  final TrackParams track;
  final RaceRules rules;
  final double baseLapS;
  final double tLapFcyS;
  final double tLapScS;

  public CompiledRace(RaceDefinition def) {
    this.definition = def;
    this.track = def.track();
    this.rules = def.rules();
    List<DriverParams> drivers = new ArrayList<>();
    for (String p : rules.participants()) {
      drivers.add(def.drivers().get(p));
    }
    drivers.sort(Comparator.comparingInt(DriverParams::carNo));
    n = drivers.size();
    laps = rules.totalLaps();
    initials = new String[n];
    names = new String[n];
    teams = new String[n];
    teamId = new int[n];
    tDriverS = new double[n];
    tCarS = new double[n];
    mFuelStartKg = new double[n];
    bFuelPerLapKg = new double[n];
    multConsSc = new double[n];
    multConsFcy = new double[n];
    autoConsumption = new boolean[n];
    tPitAddS = new double[n];
    refuelPerKgS = new double[n];
    grid = new int[n];
    tTeamOrderS = new double[n];
    velMaxKph = new double[n];
    tyreModel = new TyreModel[n];
    multDegSc = new double[n];
    multDegFcy = new double[n];
    tColdS = new double[n];
    dryCompounds = new int[n];
    stopInlap = new int[n][];
    stopAge = new int[n][];
    stopFuelKg = new double[n][];
    stopCoeffs = new double[n][][];
    stopCompound = new String[n][];
    stopAtInlap = new int[n][laps + 2];
    List<String> teamNames = new ArrayList<>(def.teams().keySet());
    int ref = -1;
    for (int d = 0; d < n; d++) {
      DriverParams dp = drivers.get(d);
      fillDriver(d, dp, def.teams().get(dp.team()), def.tyres().get(dp.initials()));
      teamId[d] = teamNames.indexOf(dp.team());
      if (dp.initials().equals(def.monteCarlo().refDriver())) {
        ref = d;
      }
    }
    refDriver = ref;
    baseLapS = track.tQualiS() + track.tGapRacepaceS();
    tLapFcyS = baseLapS * track.multTLapFcy();
    tLapScS = baseLapS * track.multTLapSc();
  }

  private void fillDriver(int d, DriverParams dp, TeamParams tp, TyreParams ty) {
    initials[d] = dp.initials();
    names[d] = dp.name();
    teams[d] = dp.team();
    tDriverS[d] = dp.tDriverS();
    tCarS[d] = tp.tCarS();
    mFuelStartKg[d] = tp.mFuelKg();
    bFuelPerLapKg[d] = tp.bFuelPerLapKg();
    multConsSc[d] = tp.multConsumptionSc();
    multConsFcy[d] = tp.multConsumptionFcy();
    autoConsumption[d] = tp.autoConsumptionAdjust();
    tPitAddS[d] = tp.tPitTireChangeAddS();
    refuelPerKgS[d] = tp.tPitRefuelPerKgS();
    grid[d] = dp.gridPosition();
    tTeamOrderS[d] = dp.tTeamOrderS();
    velMaxKph[d] = dp.velMaxKph();
    tyreModel[d] = ty.model();
    multDegSc[d] = ty.multTireDegSc();
    multDegFcy[d] = ty.multTireDegFcy();
    tColdS[d] = ty.tAddColdTiresS();
    dryCompounds[d] =
        (int)
            ty.compounds().keySet().stream().filter(c -> !c.equals("I") && !c.equals("W")).count();
    List<PitStop> s = dp.strategy();
    stopInlap[d] = new int[s.size()];
    stopAge[d] = new int[s.size()];
    stopFuelKg[d] = new double[s.size()];
    stopCoeffs[d] = new double[s.size()][];
    stopCompound[d] = new String[s.size()];
    Arrays.fill(stopAtInlap[d], -1);
    for (int i = 0; i < s.size(); i++) {
      PitStop p = s.get(i);
      CompoundCoeffs c = ty.compounds().get(p.compound());
      stopInlap[d][i] = p.inlap();
      stopAge[d][i] = p.tyreAgeLaps();
      stopFuelKg[d][i] = p.fuelAddedKg();
      stopCoeffs[d][i] = new double[] {c.k0(), c.k1(), c.k2(), c.k3()};
      stopCompound[d][i] = p.compound();
      if (i > 0) {
        stopAtInlap[d][p.inlap()] = i;
      }
    }
  }

  public RaceDefinition definition() {
    return definition;
  }

  public int driverCount() {
    return n;
  }

  public int totalLaps() {
    return laps;
  }

  /** Driver initials in engine order (by car number). */
  public List<String> initials() {
    return List.of(initials);
  }

  /** Full driver names in engine order. */
  public List<String> names() {
    return List.of(names);
  }

  /** Team names in engine order. */
  public List<String> teams() {
    return List.of(teams);
  }

  double tyreLossS(int d, double[] k, double ageLaps) {
    return switch (tyreModel[d]) {
      case LIN -> k[0] + k[1] * ageLaps;
      case QUAD -> k[0] + k[1] * ageLaps + k[2] * (ageLaps * ageLaps);
      case CUB ->
          k[0] + k[1] * ageLaps + k[2] * (ageLaps * ageLaps) + k[3] * (ageLaps * ageLaps * ageLaps);
      case LN -> k[0] + k[1] * Math.log(k[2] * ageLaps + 1.0);
    };
  }
}
