package dev.pitwall.hardware.sim;

/**
 * The channel values of one car at one 100 Hz tick, in the units of {@link SimChannels}. A mutable
 * holder reused every tick so the hot loop allocates nothing; owned by one {@link SimulatedCar}.
 */
final class CarSample {
  double speedKph;
  double rpm;
  double gear;
  double throttlePct;
  double brakeFrontBar;
  double brakeRearBar;
  double steeringDeg;
  double accLatG;
  double accLongG;
  double posXM;
  double posYM;
  double latitudeDeg;
  double longitudeDeg;
  double headingDeg;
  double lapDistanceM;
  double fuelL;
  final double[] tyreTempC = new double[4];
  final double[] tyrePressureBar = new double[4];
  final double[] tyreWearPct = new double[4];

  /** Values in {@link SimChannels#NAMES} order. */
  double value(int channel) {
    return switch (channel) {
      case 0 -> speedKph;
      case 1 -> rpm;
      case 2 -> gear;
      case 3 -> throttlePct;
      case 4 -> brakeFrontBar;
      case 5 -> brakeRearBar;
      case 6 -> steeringDeg;
      case 7 -> accLatG;
      case 8 -> accLongG;
      case 9 -> posXM;
      case 10 -> posYM;
      case 11 -> latitudeDeg;
      case 12 -> longitudeDeg;
      case 13 -> headingDeg;
      case 14 -> lapDistanceM;
      case 15 -> fuelL;
      default -> tyreValue(channel - 16);
    };
  }

  private double tyreValue(int index) {
    int tyre = index % 4;
    return switch (index / 4) {
      case 0 -> tyreTempC[tyre];
      case 1 -> tyrePressureBar[tyre];
      case 2 -> tyreWearPct[tyre];
      default -> throw new IllegalArgumentException("no channel " + (index + 16));
    };
  }
}
