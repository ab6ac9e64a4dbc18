package dev.pitwall.analytics.tyre.ml;

/**
 * One lap of telemetry on a common time base, as the extractor needs it. Arrays are not copied: the
 * caller must not change them while the extractor runs.
 *
 * @param timeS sample times in seconds (any origin), non-decreasing
 * @param speedKph speed, km/h
 * @param accLatG lateral acceleration, g; positive = towards the left (left-hand corner)
 * @param accLongG longitudinal acceleration, g; negative = braking
 * @param brakeBar brake pressure, bar (front circuit)
 * @param tyreTempC tyre temperatures, °C, four arrays in the order FL, FR, RL, RR
 */
public record LapChannels(
    double[] timeS,
    double[] speedKph,
    double[] accLatG,
    double[] accLongG,
    double[] brakeBar,
    double[][] tyreTempC) {
  public LapChannels {
    int n = timeS.length;
    check("speed", speedKph, n);
    check("accLat", accLatG, n);
    check("accLong", accLongG, n);
    check("brakePressureFront", brakeBar, n);
    if (tyreTempC.length != 4) {
      throw new IllegalArgumentException("lap channels: need 4 tyre temperatures (FL, FR, RL, RR)");
    }
    for (double[] t : tyreTempC) {
      check("tyreTemp", t, n);
    }
  }

  private static void check(String name, double[] values, int n) {
    if (values.length != n) {
      throw new IllegalArgumentException(
          "lap channels: " + name + " has " + values.length + " samples, time has " + n);
    }
  }

  public int size() {
    return timeS.length;
  }
}
