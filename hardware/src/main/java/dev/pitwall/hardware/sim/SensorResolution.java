package dev.pitwall.hardware.sim;

/**
 * The resolution at which the simulated car's sensors and logger report each channel, in decimal
 * places of the channel's unit. The physics runs in full double precision; what leaves the
 * simulator is rounded here, as a real logger stores what its sensors and CAN signals resolve (a
 * DBC signal is an integer times a factor). Why it matters: full-precision noise bits cannot be
 * compressed, so unrounded values took 5.9 bytes/sample in the store instead of well under 1 (ADR
 * 0201).
 *
 * <p>Resolution per channel (typical of motorsport loggers and their sensors):
 *
 * <table>
 *   <caption>sensor resolution</caption>
 *   <tr><th>channel</th><th>resolution</th><th>typical source</th></tr>
 *   <tr><td>speed</td><td>0.01 km/h</td><td>wheel speed / GPS speed over CAN</td></tr>
 *   <tr><td>rpm</td><td>1 rpm</td><td>ECU</td></tr>
 *   <tr><td>gear</td><td>1</td><td>gear position sensor</td></tr>
 *   <tr><td>throttle</td><td>0.1 %</td><td>throttle position sensor</td></tr>
 *   <tr><td>brakePressureFront/Rear</td><td>0.01 bar</td><td>0-200 bar transducer, 16-bit</td></tr>
 *   <tr><td>steeringAngle</td><td>0.1 deg</td><td>steering angle sensor</td></tr>
 *   <tr><td>accLat, accLong</td><td>0.001 g</td><td>logger IMU</td></tr>
 *   <tr><td>posX, posY</td><td>0.01 m</td><td>GPS projected to the track frame</td></tr>
 *   <tr><td>latitude, longitude</td><td>1e-7 deg (~1 cm)</td><td>GNSS (u-blox UBX)</td></tr>
 *   <tr><td>heading</td><td>0.01 deg</td><td>GNSS heading of motion</td></tr>
 *   <tr><td>lapDistance</td><td>0.01 m</td><td>logger's integrated distance</td></tr>
 *   <tr><td>fuel</td><td>0.01 l</td><td>ECU fuel used / level</td></tr>
 *   <tr><td>tyreTemp*</td><td>0.1 degC</td><td>IR tyre sensors / TPMS</td></tr>
 *   <tr><td>tyrePressure*</td><td>0.001 bar</td><td>TPMS</td></tr>
 *   <tr><td>tyreWear*</td><td>0.01 %</td><td>model estimate</td></tr>
 * </table>
 */
final class SensorResolution {
  /** Decimal places per channel, in {@link SimChannels#NAMES} order. */
  private static final int[] DECIMALS = {
    2, // speed
    0, // rpm
    0, // gear
    1, // throttle
    2, // brakePressureFront
    2, // brakePressureRear
    1, // steeringAngle
    3, // accLat
    3, // accLong
    2, // posX
    2, // posY
    7, // latitude
    7, // longitude
    2, // heading
    2, // lapDistance
    2, // fuel
    1, 1, 1, 1, // tyreTemp FL FR RL RR
    3, 3, 3, 3, // tyrePressure
    2, 2, 2, 2, // tyreWear
  };

  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

  static {
    if (DECIMALS.length != SimChannels.PER_CAR) {
      throw new AssertionError("a resolution for every channel of SimChannels");
    }
  }

  private SensorResolution() {}

  /** Decimal places of channel {@code channel} (index into {@link SimChannels#NAMES}). */
  static int decimals(int channel) {
    return DECIMALS[channel];
  }

  /**
   * {@code value} rounded to the channel's resolution. Dividing the rounded integer by a power of
   * ten gives the double nearest to the decimal, which the store recognises as an exact decimal.
   * Non-finite values pass unchanged.
   */
  static double round(int channel, double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    double scale = POW10[DECIMALS[channel]];
    return Math.round(value * scale) / scale;
  }
}
