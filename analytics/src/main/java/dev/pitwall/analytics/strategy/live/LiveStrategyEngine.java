package dev.pitwall.analytics.strategy.live;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.ObservedRace;
import dev.pitwall.analytics.race.engine.RaceSnapshot;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceParamException;
import dev.pitwall.analytics.strategy.RaceSoFar;
import dev.pitwall.analytics.strategy.StrategyEngine;
import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.WhatIf;
import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Live strategy from a live session (issue 5, part 3): each completed lap of our car, the field as
 * the session sees it ({@link FieldObservation}) becomes a TUM race definition of this series
 * ({@link SeriesParams}; paces from the session's own laps) and the race state at our lap N ({@link
 * ObservedRace}: every car's race time, set, tyre age, fuel, the SC/VSC out now), and the {@link
 * StrategyEngine} ranks our plans from there, simulating only the laps still to run. Anything that
 * cannot be modelled yet comes back as "not enough data yet" with the reason, never as a NaN.
 * {@link #evaluate} blocks (call it off the FX thread); thread-safe, immutable.
 */
public final class LiveStrategyEngine {
  private final SeriesParams series;
  private final Executor executor;
  private final StrategySettings settings;

  public LiveStrategyEngine(SeriesParams series, Executor executor, StrategySettings settings) {
    this.series = series;
    this.executor = executor;
    this.settings = settings;
  }

  public SeriesParams series() {
    return series;
  }

  /** Our car's driver code in the generated race ({@code C00} for car 0). */
  public static String driverOf(int car) {
    return LiveRaceFile.initials(car);
  }

  /** The series' dry compounds, softest first. */
  public List<String> compoundsSoftToHard() {
    return series.compounds().stream()
        .filter(c -> !c.equals("I") && !c.equals("W"))
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }

  public StrategyReport evaluate(FieldObservation obs, WhatIf whatIf, long seed) {
    int total = obs.raceLaps() > 0 ? obs.raceLaps() : series.raceLaps();
    int lap = obs.ours().lapsCompleted();
    if (lap < StrategyEngine.MIN_LAPS) {
      return StrategyReport.notEnoughData(
          lap + " of " + StrategyEngine.MIN_LAPS + " laps completed", lap, total);
    }
    if (lap >= total - 1) {
      return StrategyReport.notEnoughData("race distance reached", lap, total);
    }
    try {
      return model(obs, lap, total, whatIf, seed);
    } catch (RaceParamException | IllegalArgumentException | IllegalStateException e) {
      return StrategyReport.notEnoughData(
          "cannot model the field yet: " + e.getMessage(), lap, total);
    }
  }

  private StrategyReport model(FieldObservation obs, int lap, int total, WhatIf whatIf, long seed) {
    long t0 =
        obs.cars().stream()
            .filter(c -> !c.laps().isEmpty())
            .mapToLong(c -> c.laps().get(0).startNanos())
            .min()
            .orElseThrow();
    Map<Integer, CarState> cars = new LinkedHashMap<>();
    for (CarObservation c : obs.cars()) {
      CarState s = CarState.of(c, lap, t0, obs.nowNanos(), obs.lapLengthM(), series);
      if (Double.isFinite(s.raceTimeS()) && s.raceTimeS() > 0) {
        cars.put(c.car(), s);
      }
    }
    CarState us = cars.get(obs.ourCar());
    if (us == null || !Double.isFinite(us.paceS())) {
      return StrategyReport.notEnoughData("no clean lap of our car yet", lap, total);
    }
    String leader =
        LiveRaceFile.initials(
            cars.values().stream()
                .min(java.util.Comparator.comparingDouble(CarState::raceTimeS))
                .orElseThrow()
                .seen()
                .car());
    RaceDefinition def = LiveRaceFile.build(series, cars, obs.ourCar(), lap, total, leader);
    RaceSoFar race = raceSoFar(obs, def, cars, lap);
    StrategyEngine engine =
        new StrategyEngine(def, LiveRaceFile.mcs(series, def), executor, settings);
    return engine.evaluate(race, whatIf, seed);
  }

  private RaceSoFar raceSoFar(
      FieldObservation obs, RaceDefinition def, Map<Integer, CarState> cars, int lap) {
    CompiledRace compiled = new CompiledRace(def);
    ObservedRace seen = new ObservedRace(compiled, lap);
    List<String> order = compiled.initials();
    for (CarState c : cars.values()) {
      int d = order.indexOf(LiveRaceFile.initials(c.seen().car()));
      seen.car(d, c.raceTimeS(), c.stint(), c.tyreAgeLaps(), c.fuelKg(), c.pittedOnLap());
    }
    if (obs.neutralisation() != FieldObservation.Neutralisation.NONE) {
      double since = (obs.neutralisedSinceNanos() - t0(obs)) / 1e9;
      seen.neutralised(
          obs.neutralisation() == FieldObservation.Neutralisation.SAFETY_CAR, since, 3.0);
    }
    RaceSnapshot field = seen.snapshot();
    CarState us = cars.get(obs.ourCar());
    String ours = LiveRaceFile.initials(obs.ourCar());
    List<PitStop> past =
        def.drivers().get(ours).strategy().stream().filter(p -> p.inlap() <= lap).toList();
    List<Double> lapTimes = new ArrayList<>();
    for (Lap l : us.seen().laps().subList(0, lap)) {
      lapTimes.add(l.lapTimeS());
    }
    Map<String, Double> gaps = new LinkedHashMap<>();
    cars.values().stream()
        .filter(c -> c != us)
        .forEach(
            c -> gaps.put(LiveRaceFile.initials(c.seen().car()), c.raceTimeS() - us.raceTimeS()));
    return new RaceSoFar(
        ours,
        lap,
        lapTimes,
        us.compound(),
        (int) Math.round(us.tyreAgeLaps()),
        past,
        us.fuelKg(),
        gaps,
        field);
  }

  private static long t0(FieldObservation obs) {
    return obs.cars().stream()
        .filter(c -> !c.laps().isEmpty())
        .mapToLong(c -> c.laps().get(0).startNanos())
        .min()
        .orElse(0);
  }
}
