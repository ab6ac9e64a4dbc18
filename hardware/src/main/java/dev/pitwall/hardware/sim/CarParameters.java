package dev.pitwall.hardware.sim;

/**
 * Physical constants of a simulated car. SI units unless the name says otherwise.
 *
 * @param massKg with driver and half a tank
 * @param frontWeightFraction static share of weight on the front axle
 * @param cogHeightM centre of gravity height (load transfer)
 * @param frontRollShare share of lateral load transfer taken by the front axle
 * @param muPeak tyre friction coefficient (new tyre at working temperature)
 * @param dragAreaM2 drag coefficient times frontal area (Cd*A)
 * @param torqueCurve engine full-load torque: pairs {rpm, Nm}, ascending rpm
 * @param brakeFrontNPerBar front axle brake force per bar of front line pressure
 * @param brakeRearNPerBar rear axle brake force per bar of rear line pressure
 * @param bsfcKgPerJ brake-specific fuel consumption
 */
public record CarParameters(
    String name,
    double massKg,
    double wheelbaseM,
    double trackWidthM,
    double frontWeightFraction,
    double cogHeightM,
    double frontRollShare,
    double muPeak,
    double dragAreaM2,
    double rollingResistance,
    double tyreRadiusM,
    double[] gearRatios,
    double finalDrive,
    double drivetrainEfficiency,
    double[][] torqueCurve,
    double idleRpm,
    double shiftRpm,
    double redlineRpm,
    double brakeBiasFront,
    double brakeFrontNPerBar,
    double brakeRearNPerBar,
    double steeringRatio,
    double fuelTankL,
    double bsfcKgPerJ) {

  public static final double G = 9.80665;
  public static final double AIR_DENSITY_KG_M3 = 1.18;
  public static final double FUEL_DENSITY_KG_L = 0.745;

  /**
   * Toyota GR86 Cup car: FA24 2.4 l flat-four, 228 hp (170 kW) at 7000 rpm and 250 Nm at 3700 rpm
   * (Toyota data), stock 6-speed manual ratios, 4.3 final drive, 225/40R18 tyres (r = 0.318 m),
   * ~1270 kg + 80 kg driver, 2575 mm wheelbase, 13.5:1 steering. Grip and drag are our estimates
   * for racing tyres and the cup aero kit; the COTA lap-time test keeps them honest.
   */
  public static CarParameters gr86Cup() {
    return new CarParameters(
        "Toyota GR86 Cup",
        1350,
        2.575,
        1.53,
        0.53,
        0.46,
        0.55,
        1.42,
        0.70,
        0.012,
        0.318,
        new double[] {3.626, 2.188, 1.541, 1.213, 1.000, 0.767},
        4.3,
        0.88,
        new double[][] {
          {1000, 150}, {2500, 210}, {3700, 250}, {6000, 245}, {7000, 232}, {7500, 205}
        },
        900,
        7300,
        7500,
        0.68,
        123,
        72.5,
        13.5,
        50,
        0.27 / 3.6e6);
  }

  /** Engine full-load torque in Nm at {@code rpm} (linear between curve points, 0 past it). */
  public double torqueNm(double rpm) {
    double[][] c = torqueCurve;
    if (rpm <= c[0][0]) {
      return c[0][1];
    }
    for (int i = 1; i < c.length; i++) {
      if (rpm <= c[i][0]) {
        double f = (rpm - c[i - 1][0]) / (c[i][0] - c[i - 1][0]);
        return c[i - 1][1] + f * (c[i][1] - c[i - 1][1]);
      }
    }
    return 0;
  }

  /** Aerodynamic drag force in N at {@code speedMps}. */
  public double dragN(double speedMps) {
    return 0.5 * AIR_DENSITY_KG_M3 * dragAreaM2 * speedMps * speedMps;
  }

  /** Rolling resistance force in N. */
  public double rollingN() {
    return rollingResistance * massKg * G;
  }
}
