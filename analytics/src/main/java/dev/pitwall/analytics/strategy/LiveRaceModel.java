package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.param.CompoundCoeffs;
import dev.pitwall.analytics.race.param.DriverParams;
import dev.pitwall.analytics.race.param.EventSpec;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.TeamParams;
import dev.pitwall.analytics.race.param.TrackParams;
import dev.pitwall.analytics.race.param.TyreModel;
import dev.pitwall.analytics.race.param.TyreParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The race definition a strategy is evaluated on: the TUM file's field, random future events
 * instead of the file's real ones, the what-if pit loss, and our car's tyres replaced by the live
 * fit. Our tyre model becomes linear per compound: each compound's file slope (mean over its first
 * {@value #SLOPE_HORIZON_LAPS} laps) scaled by fitted / file slope of the compound we are on now.
 */
final class LiveRaceModel {
  static final int SLOPE_HORIZON_LAPS = 20;

  private LiveRaceModel() {}

  static RaceDefinition base(
      RaceDefinition file, RaceSoFar race, WhatIf whatIf, Optional<PaceFit> fit) {
    Map<String, TyreParams> tyres = new LinkedHashMap<>(file.tyres());
    TyreParams ours = file.tyres().get(race.ourDriver());
    if (fit.isPresent()) {
      tyres.put(race.ourDriver(), refit(ours, race.compound(), fit.get().degSPerLap()));
    }
    EventSpec random =
        new EventSpec(
            EventSpec.Mode.RANDOM, false, List.of(), EventSpec.Mode.RANDOM, false, List.of());
    TrackParams track = file.track();
    if (Double.isFinite(whatIf.pitLossOverrideS())) {
      track = withPitLoss(track, whatIf.pitLossOverrideS());
    }
    return new RaceDefinition(
        file.sourceName(),
        file.rules(),
        track,
        file.teams(),
        tyres,
        file.drivers(),
        file.monteCarlo(),
        random);
  }

  /** {@code base} with our driver running {@code stopsSoFar} + {@code plan}. */
  static RaceDefinition withPlan(RaceDefinition base, RaceSoFar race, Strategy plan) {
    List<PitStop> all = new ArrayList<>(race.stopsSoFar());
    all.addAll(plan.futureStops());
    Map<String, DriverParams> drivers = new LinkedHashMap<>(base.drivers());
    drivers.put(race.ourDriver(), base.drivers().get(race.ourDriver()).withStrategy(all));
    return new RaceDefinition(
        base.sourceName(),
        base.rules(),
        base.track(),
        base.teams(),
        base.tyres(),
        drivers,
        base.monteCarlo(),
        base.events());
  }

  /** File slope of {@code compound} in s/lap over the first laps of a set. */
  static double fileSlope(TyreParams t, String compound) {
    CompoundCoeffs c = t.compounds().get(compound);
    return (c.timeLossS(t.model(), SLOPE_HORIZON_LAPS) - c.timeLossS(t.model(), 0))
        / SLOPE_HORIZON_LAPS;
  }

  private static TyreParams refit(TyreParams t, String current, double fittedSlope) {
    double fileNow = fileSlope(t, current);
    double scale = fileNow > 1e-3 ? fittedSlope / fileNow : 1.0;
    Map<String, CompoundCoeffs> out = new LinkedHashMap<>();
    for (Map.Entry<String, CompoundCoeffs> e : t.compounds().entrySet()) {
      double k0 = e.getValue().timeLossS(t.model(), 0);
      double k1 = e.getKey().equals(current) ? fittedSlope : fileSlope(t, e.getKey()) * scale;
      out.put(e.getKey(), new CompoundCoeffs(k0, k1, 0, 0));
    }
    return new TyreParams(
        TyreModel.LIN, t.multTireDegSc(), t.multTireDegFcy(), t.tAddColdTiresS(), out);
  }

  private static TrackParams withPitLoss(TrackParams t, double lossS) {
    return new TrackParams(
        t.name(),
        t.tQualiS(),
        t.tGapRacepaceS(),
        t.tLapSensMassSPerKg(),
        t.tPitTireChangeMinS(),
        lossS / 2,
        lossS / 2,
        t.tPitDriveInlapFcyS(),
        t.tPitDriveOutlapFcyS(),
        t.tPitDriveInlapScS(),
        t.tPitDriveOutlapScS(),
        t.pitsAfterFinishLine(),
        t.tLossPerGridPosS(),
        t.tLossFirstLapS(),
        t.tGapOvertakeS(),
        t.tGapOvertakeVelSPerKph(),
        t.tDrsEffectS(),
        t.multTLapSc(),
        t.multTLapFcy());
  }

  /** Fuel burn effect on lap time, s per lap, for our team. */
  static double fuelSPerLap(RaceDefinition file, String ourDriver) {
    TeamParams team = file.teams().get(file.drivers().get(ourDriver).team());
    return file.track().tLapSensMassSPerKg() * team.bFuelPerLapKg();
  }
}
