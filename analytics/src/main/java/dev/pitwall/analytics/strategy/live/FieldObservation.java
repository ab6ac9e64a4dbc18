package dev.pitwall.analytics.strategy.live;

import java.util.List;

/**
 * The whole field as the live session sees it at the end of our car's lap.
 *
 * @param ourCar source index of our car
 * @param nowNanos session time of the latest sample, ns
 * @param lapLengthM length of a lap, m (for cars part-way round)
 * @param raceLaps race length in laps; 0 = the series' default
 * @param neutralisation what is out now
 * @param neutralisedSinceNanos session time it came out (ignored for NONE)
 */
public record FieldObservation(
    int ourCar,
    long nowNanos,
    double lapLengthM,
    int raceLaps,
    List<CarObservation> cars,
    Neutralisation neutralisation,
    long neutralisedSinceNanos) {

  /** Flag state of the session. */
  public enum Neutralisation {
    NONE,
    SAFETY_CAR,
    VIRTUAL_SAFETY_CAR
  }

  public FieldObservation {
    cars = List.copyOf(cars);
  }

  public CarObservation ours() {
    return cars.stream().filter(c -> c.car() == ourCar).findFirst().orElseThrow();
  }
}
