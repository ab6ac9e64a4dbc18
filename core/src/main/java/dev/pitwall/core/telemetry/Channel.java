package dev.pitwall.core.telemetry;

import java.util.Objects;

/**
 * A named, unit-bearing measurement stream of one car.
 *
 * <p>Identity is ({@code car}, {@code name}); car 0 is the primary (own) car. Units are written the
 * way engineers read them ("km/h", "bar", "degC", "g", "rpm", "%", "m", "deg", "-").
 *
 * @param name channel name, e.g. {@code speed}, {@code brakePressureFront}
 * @param unit unit string, never null ({@code "-"} when dimensionless)
 * @param nominalRateHz rate the source intends to deliver; 0 when event-driven
 * @param car car index within the session, 0 = own car
 */
public record Channel(String name, String unit, double nominalRateHz, int car) {

  public Channel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    if (name.isBlank()) {
      throw new IllegalArgumentException("channel name is blank");
    }
    if (!(nominalRateHz >= 0) || Double.isInfinite(nominalRateHz)) {
      throw new IllegalArgumentException("nominal rate must be >= 0 Hz: " + nominalRateHz);
    }
    if (car < 0) {
      throw new IllegalArgumentException("car index must be >= 0: " + car);
    }
  }

  /** A channel of the own car (car 0). */
  public Channel(String name, String unit, double nominalRateHz) {
    this(name, unit, nominalRateHz, 0);
  }

  /** The same channel for another car. */
  public Channel forCar(int otherCar) {
    return new Channel(name, unit, nominalRateHz, otherCar);
  }

  /** A stable text key, e.g. {@code speed} for car 0 and {@code car2/speed} otherwise. */
  public String key() {
    return car == 0 ? name : "car" + car + "/" + name;
  }
}
