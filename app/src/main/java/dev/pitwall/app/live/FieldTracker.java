package dev.pitwall.app.live;

import dev.pitwall.analytics.strategy.live.CarObservation;
import dev.pitwall.analytics.strategy.live.FieldObservation;
import dev.pitwall.analytics.strategy.live.SeriesParams;
import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps what the strategy needs from the sample stream besides lap timing: per car the latest tyre
 * compound (F1 visual code), tyre age, pit-stop count (turned into in-laps), fuel; for car 0 the
 * safety-car status and the race length of an F1 session. Non-finite samples are ignored, so no NaN
 * gets in. Confined to the lap-timer thread ({@link #accept} and {@link #observe} both run there).
 */
final class FieldTracker {
  static final int MAX_CARS = 64;

  /** E10 petrol, kg per litre: the simulated car reports litres. */
  static final double FUEL_KG_PER_L = 0.745;

  private static final Set<String> WATCHED =
      Set.of(
          "tyreCompoundVisual",
          "tyreAge",
          "pitStops",
          "fuelMass",
          "fuel",
          "safetyCarStatus",
          "totalLaps");

  private final LiveFeed feed;
  private final SeriesParams series;
  private final Map<String, Double> latest = new HashMap<>();
  private final Map<Integer, List<Integer>> pitInLaps = new HashMap<>();
  private FieldObservation.Neutralisation flag = FieldObservation.Neutralisation.NONE;
  private long flagSinceNanos;

  FieldTracker(LiveFeed feed, SeriesParams series) {
    this.feed = feed;
    this.series = series;
  }

  /**
   * Takes the latest value of a watched channel. Returns true when the race changed in a way the
   * strategy must react to now: a safety car came or went, or a car made a pit stop.
   */
  boolean accept(SampleBlock block) {
    String name = block.channel().name();
    if (!WATCHED.contains(name) || block.isEmpty()) {
      return false;
    }
    double v = block.value(block.size() - 1);
    if (!Double.isFinite(v)) {
      return false;
    }
    int car = block.channel().car();
    Double before = latest.put(car + "/" + name, v);
    if (name.equals("pitStops") && before != null && v > before) {
      pitInLaps.computeIfAbsent(car, c -> new ArrayList<>()).add(inLap(car));
      return true;
    }
    if (name.equals("safetyCarStatus") && car == 0) {
      FieldObservation.Neutralisation now = neutralisation(v);
      if (now != flag) {
        flag = now;
        flagSinceNanos = block.lastTimeNanos();
        return true;
      }
    }
    return false;
  }

  /** The lap of the stop: the one just finished if the car is barely past the line. */
  private int inLap(int car) {
    LapBoard b = feed.lapBoard(car);
    double lapM = lapLengthM();
    boolean justCrossed = lapM > 0 && b.currentLapDistanceM() < 0.2 * lapM;
    return justCrossed ? b.completedLaps().size() : b.completedLaps().size() + 1;
  }

  private static FieldObservation.Neutralisation neutralisation(double status) {
    return switch ((int) status) {
      case 1 -> FieldObservation.Neutralisation.SAFETY_CAR;
      case 2 -> FieldObservation.Neutralisation.VIRTUAL_SAFETY_CAR;
      default -> FieldObservation.Neutralisation.NONE;
    };
  }

  /** The field now, or null while our car has no completed lap. */
  FieldObservation observe(int ourCar) {
    if (feed.lapBoard(ourCar).completedLaps().isEmpty()) {
      return null;
    }
    List<CarObservation> cars = new ArrayList<>();
    for (int car = 0; car < MAX_CARS; car++) {
      LapBoard b = feed.lapBoard(car);
      if (b.completedLaps().isEmpty()) {
        continue;
      }
      cars.add(
          new CarObservation(
              car,
              b.completedLaps(),
              b.currentLapDistanceM(),
              compound(car),
              value(car, "tyreAge"),
              pitInLaps.getOrDefault(car, List.of()),
              fuelKg(car)));
    }
    // the F1 lap timer's lap 1 starts at the first line crossing, the end of the real lap 1
    int totalLaps = (int) Math.max(0, value(0, "totalLaps") - 1);
    long now = feed.lapBoard(ourCar).latestTimeNanos();
    return new FieldObservation(
        ourCar,
        now,
        lapLengthM(),
        Double.isNaN(value(0, "totalLaps")) ? 0 : totalLaps,
        cars,
        flag,
        flagSinceNanos);
  }

  private String compound(int car) {
    double code = value(car, "tyreCompoundVisual");
    return Double.isNaN(code) ? null : series.f1VisualCodes().get((int) code);
  }

  private double fuelKg(int car) {
    double kg = value(car, "fuelMass");
    return Double.isNaN(kg) ? value(car, "fuel") * FUEL_KG_PER_L : kg;
  }

  private double value(int car, String name) {
    Double v = latest.get(car + "/" + name);
    return v == null ? Double.NaN : v;
  }

  private double lapLengthM() {
    return feed.track().map(t -> t.lengthM()).orElse(Double.NaN);
  }
}
