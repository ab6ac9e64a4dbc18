package dev.pitwall.hardware.sim;

/**
 * Gearbox, engine speed and tractive force of a car. Pure functions of speed; the driver model is
 * "shift at {@code shiftRpm}, always in the lowest gear that stays below it", which is also what
 * maximises power at every speed.
 */
final class Powertrain {
  private static final double RAD_S_TO_RPM = 60 / (2 * Math.PI);
  private static final double TABLE_STEP_MPS = 0.5;

  private final CarParameters car;
  private final double[] maxDriveForceN;

  Powertrain(CarParameters car) {
    this.car = car;
    int n = (int) (100 / TABLE_STEP_MPS) + 2;
    maxDriveForceN = new double[n];
    for (int i = 0; i < n; i++) {
      maxDriveForceN[i] = bestDriveForceN(i * TABLE_STEP_MPS);
    }
  }

  /** Gear 1..n selected at {@code speedMps}. */
  int gear(double speedMps) {
    double[] ratios = car.gearRatios();
    for (int g = 0; g < ratios.length; g++) {
      if (engineRpm(speedMps, g + 1) <= car.shiftRpm()) {
        return g + 1;
      }
    }
    return ratios.length;
  }

  /** Engine speed in gear {@code gear} at {@code speedMps}, never below idle nor above redline. */
  double rpm(double speedMps, int gear) {
    return Math.max(car.idleRpm(), Math.min(car.redlineRpm(), engineRpm(speedMps, gear)));
  }

  /** Largest tractive force at the wheels (N) in the best gear at {@code speedMps}. */
  double maxDriveForceN(double speedMps) {
    double pos = Math.max(0, speedMps) / TABLE_STEP_MPS;
    int i = Math.min((int) pos, maxDriveForceN.length - 2);
    double f = Math.min(1, pos - i);
    return maxDriveForceN[i] + f * (maxDriveForceN[i + 1] - maxDriveForceN[i]);
  }

  /** Engine power in W delivered at {@code throttle} (0..1) and {@code rpm}. */
  double enginePowerW(double throttle, double rpm) {
    return throttle * car.torqueNm(rpm) * rpm / RAD_S_TO_RPM;
  }

  private double bestDriveForceN(double speedMps) {
    double best = 0;
    double[] ratios = car.gearRatios();
    for (int g = 1; g <= ratios.length; g++) {
      double rpm = engineRpm(speedMps, g);
      if (rpm > car.redlineRpm()) {
        continue;
      }
      // below idle the clutch slips: torque at idle is still available (launch)
      double torque = car.torqueNm(Math.max(rpm, car.idleRpm()));
      double force =
          torque
              * ratios[g - 1]
              * car.finalDrive()
              * car.drivetrainEfficiency()
              / car.tyreRadiusM();
      best = Math.max(best, force);
    }
    return best;
  }

  private double engineRpm(double speedMps, int gear) {
    double wheelRadS = speedMps / car.tyreRadiusM();
    return wheelRadS * car.gearRatios()[gear - 1] * car.finalDrive() * RAD_S_TO_RPM;
  }
}
