package dev.pitwall.hardware.sim;

import dev.pitwall.core.telemetry.Channel;
import java.util.ArrayList;
import java.util.List;

/** The channels of the simulated car (names and units shared by the whole project, 100 Hz). */
public final class SimChannels {
  public static final double RATE_HZ = 100;

  static final String[][] NAMES = {
    {"speed", "km/h"},
    {"rpm", "rpm"},
    {"gear", "-"},
    {"throttle", "%"},
    {"brakePressureFront", "bar"},
    {"brakePressureRear", "bar"},
    {"steeringAngle", "deg"},
    {"accLat", "g"},
    {"accLong", "g"},
    {"posX", "m"},
    {"posY", "m"},
    {"latitude", "deg"},
    {"longitude", "deg"},
    {"heading", "deg"},
    {"lapDistance", "m"},
    {"fuel", "l"},
    {"tyreTempFL", "degC"},
    {"tyreTempFR", "degC"},
    {"tyreTempRL", "degC"},
    {"tyreTempRR", "degC"},
    {"tyrePressureFL", "bar"},
    {"tyrePressureFR", "bar"},
    {"tyrePressureRL", "bar"},
    {"tyrePressureRR", "bar"},
    {"tyreWearFL", "%"},
    {"tyreWearFR", "%"},
    {"tyreWearRL", "%"},
    {"tyreWearRR", "%"},
  };

  public static final int PER_CAR = NAMES.length;

  private SimChannels() {}

  /** All channels of {@code cars} cars, car by car, in {@link #NAMES} order within a car. */
  public static List<Channel> forCars(int cars) {
    List<Channel> channels = new ArrayList<>(cars * PER_CAR);
    for (int car = 0; car < cars; car++) {
      channels.addAll(forCar(car));
    }
    return List.copyOf(channels);
  }

  /** The channels of one car (0 = own car), in {@link #NAMES} order. */
  public static List<Channel> forCar(int car) {
    List<Channel> channels = new ArrayList<>(PER_CAR);
    for (String[] nameUnit : NAMES) {
      channels.add(new Channel(nameUnit[0], nameUnit[1], RATE_HZ, car));
    }
    return List.copyOf(channels);
  }
}
