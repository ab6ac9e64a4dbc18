package dev.pitwall.hardware.sim;

/**
 * Temperature, pressure and wear of the four tyres (index 0 FL, 1 FR, 2 RL, 3 RR).
 *
 * <p>Each tyre's vertical load follows static weight distribution plus longitudinal and lateral
 * load transfer; its horizontal force is its load share of the car's force (braking split by brake
 * bias, drive on the rear axle only). The power dissipated in the contact patch grows with force
 * squared over load (more slip near the limit); it heats the tread against convective cooling and
 * wears it. Grip falls linearly with wear and away from the working temperature. Mutable state of
 * one car; not thread-safe.
 */
final class TyreSet {
  static final int FL = 0;
  static final int FR = 1;
  static final int RL = 2;
  static final int RR = 3;

  private static final double AMBIENT_C = 25;
  private static final double START_C = 30;
  private static final double COLD_PRESSURE_BAR = 1.55;
  private static final double ATMOSPHERE_BAR = 1.013;
  private static final double ZERO_C_IN_K = 273.15;

  /** Effective slip at full friction use: share of force times speed turned into heat. */
  private static final double SLIP_AT_LIMIT = 0.02;

  /** Tread heat capacity, J/K. */
  private static final double HEAT_CAPACITY_J_PER_K = 6000;

  /** Wear per joule dissipated, percent; a ~15-lap stint wears the busiest tyre ~35 %. */
  private static final double WEAR_PCT_PER_J = 1.2e-5;

  private static final double GRIP_LOSS_AT_FULL_WEAR = 0.08;
  private static final double OPTIMUM_C = 90;

  private final CarParameters car;
  private final double[] tempC = {START_C, START_C, START_C, START_C};
  private final double[] wearPct = new double[4];
  private final double[] loadN = new double[4];
  private final double[] forceN = new double[4];

  TyreSet(CarParameters car) {
    this.car = car;
  }

  /**
   * Advances the tyres by {@code dtS} with the car at {@code speedMps} and body accelerations in
   * m/s^2 ({@code accLong} positive forward, {@code accLat} positive left).
   */
  void update(double dtS, double speedMps, double accLong, double accLat, double muEffective) {
    loads(accLong, accLat);
    forces(accLong, accLat);
    double coolingWPerK = 8 + 0.35 * speedMps;
    for (int i = 0; i < 4; i++) {
      double utilisation = forceN[i] / Math.max(1, muEffective * loadN[i]);
      double powerW = SLIP_AT_LIMIT * Math.min(1.5, utilisation) * forceN[i] * speedMps;
      tempC[i] += dtS * (powerW - coolingWPerK * (tempC[i] - AMBIENT_C)) / HEAT_CAPACITY_J_PER_K;
      double hotFactor = 1 + Math.max(0, tempC[i] - 100) / 30;
      wearPct[i] = Math.min(100, wearPct[i] + WEAR_PCT_PER_J * powerW * dtS * hotFactor);
    }
  }

  private void loads(double accLong, double accLat) {
    double m = car.massKg();
    double frontStatic = m * CarParameters.G * car.frontWeightFraction() / 2;
    double rearStatic = m * CarParameters.G * (1 - car.frontWeightFraction()) / 2;
    double longTransfer = m * accLong * car.cogHeightM() / car.wheelbaseM() / 2;
    double latTransfer = m * accLat * car.cogHeightM() / car.trackWidthM();
    double latFront = latTransfer * car.frontRollShare();
    double latRear = latTransfer - latFront;
    // a left turn (accLat > 0) loads the right-hand tyres
    loadN[FL] = Math.max(50, frontStatic - longTransfer - latFront);
    loadN[FR] = Math.max(50, frontStatic - longTransfer + latFront);
    loadN[RL] = Math.max(50, rearStatic + longTransfer - latRear);
    loadN[RR] = Math.max(50, rearStatic + longTransfer + latRear);
  }

  private void forces(double accLong, double accLat) {
    double m = car.massKg();
    double total = loadN[0] + loadN[1] + loadN[2] + loadN[3];
    double frontLoad = loadN[FL] + loadN[FR];
    double rearLoad = loadN[RL] + loadN[RR];
    double frontLong = accLong < 0 ? m * -accLong * car.brakeBiasFront() : 0;
    double rearLong = accLong < 0 ? m * -accLong * (1 - car.brakeBiasFront()) : m * accLong;
    for (int i = 0; i < 4; i++) {
      double lateral = m * Math.abs(accLat) * loadN[i] / total;
      boolean front = i < 2;
      double longitudinal =
          front ? frontLong * loadN[i] / frontLoad : rearLong * loadN[i] / rearLoad;
      forceN[i] = Math.hypot(lateral, longitudinal);
    }
  }

  /** Grip multiplier of one tyre: wear and distance from the working temperature. */
  double gripFactor(int i) {
    double wear = 1 - GRIP_LOSS_AT_FULL_WEAR * wearPct[i] / 100;
    double dT = tempC[i] - OPTIMUM_C;
    double temperature = Math.max(0.92, 1 - 0.00003 * dT * dT);
    return wear * temperature;
  }

  /** Mean grip multiplier of the four tyres. */
  double meanGripFactor() {
    return (gripFactor(0) + gripFactor(1) + gripFactor(2) + gripFactor(3)) / 4;
  }

  double tempC(int i) {
    return tempC[i];
  }

  double wearPct(int i) {
    return wearPct[i];
  }

  /** Gauge pressure in bar: cold pressure scaled by absolute temperature (ideal gas, rigid). */
  double pressureBar(int i) {
    double coldAbs = COLD_PRESSURE_BAR + ATMOSPHERE_BAR;
    double hotAbs = coldAbs * (tempC[i] + ZERO_C_IN_K) / (AMBIENT_C + ZERO_C_IN_K);
    return hotAbs - ATMOSPHERE_BAR;
  }
}
