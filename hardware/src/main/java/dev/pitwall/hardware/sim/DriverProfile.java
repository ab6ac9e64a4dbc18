package dev.pitwall.hardware.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A simulated driver.
 *
 * @param skill share of the car's grip the driver uses on an average lap (0.95..1.0)
 * @param brakeCommitment share of the remaining grip used under braking (0.9..1.0)
 * @param lapSigma standard deviation of the lap-to-lap grip-use factor (consistency)
 */
public record DriverProfile(String name, double skill, double brakeCommitment, double lapSigma) {

  private static final String[] NAMES = {
    "A. Moreno", "B. Lindqvist", "C. Okafor", "D. Tanaka", "E. Rossi", "F. Novak",
    "G. Schmidt", "H. Dubois", "I. Kowalski", "J. Silva", "K. Brennan", "L. Haddad"
  };

  /**
   * A deterministic grid of {@code cars} drivers from {@code seed}. Car 0 (the own car) gets a
   * driver using 99.5-100 % of the grip; the others 93-99.5 %, which spreads best laps over about 2
   * % like the 2025 GR Cup field at COTA (best laps 2:28.1 to 2:33.8, median 2:29.4-2:30.0).
   */
  public static List<DriverProfile> grid(long seed, int cars) {
    SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int firstName = rng.nextInt(NAMES.length);
    List<DriverProfile> drivers = new ArrayList<>(cars);
    for (int car = 0; car < cars; car++) {
      double skill = car == 0 ? 0.995 + 0.005 * rng.nextDouble() : 0.93 + 0.065 * rng.nextDouble();
      double brake = 0.93 + 0.07 * rng.nextDouble();
      double sigma = 0.0015 + 0.0025 * rng.nextDouble();
      String name = NAMES[(firstName + car) % NAMES.length];
      if (car >= NAMES.length) {
        name = name + " " + (car / NAMES.length + 1);
      }
      drivers.add(new DriverProfile(name, skill, brake, sigma));
    }
    return List.copyOf(drivers);
  }
}
