package dev.pitwall.hardware.sim;

/**
 * Quasi-steady-state lap speed profile: the fastest speed at every path point given grip (friction
 * circle), engine power and drag. Classic three-step method: cornering limit from curvature, a
 * forward pass (acceleration limited by power and by the grip left after cornering), and a backward
 * pass (braking limited by the grip left after cornering, helped by drag).
 *
 * <p>Pure and immutable. The loop is closed by starting both passes at the slowest corner, whose
 * speed is fixed by its cornering limit.
 */
final class SpeedProfile {
  /** Speeds above this are never reached by a GR86 and only guard near-zero curvature. */
  private static final double MAX_SPEED_MPS = 90;

  private final TrackPath path;
  private final double[] speedMps;

  /**
   * @param gripScale multiplies the car's peak friction (tyre state, driver skill, lap variation)
   * @param brakeScale share of the available braking grip the driver uses (0..1]
   */
  SpeedProfile(
      TrackPath path,
      CarParameters car,
      Powertrain powertrain,
      double gripScale,
      double brakeScale) {
    this.path = path;
    double mu = car.muPeak() * gripScale;
    int n = path.size();
    double[] limit = new double[n];
    int slowest = 0;
    for (int i = 0; i < n; i++) {
      double k = Math.abs(path.curvature(i));
      limit[i] =
          k < 1e-6 ? MAX_SPEED_MPS : Math.min(MAX_SPEED_MPS, Math.sqrt(mu * CarParameters.G / k));
      if (limit[i] < limit[slowest]) {
        slowest = i;
      }
    }
    double[] forward = forwardPass(limit, slowest, car, powertrain, mu);
    this.speedMps = backwardPass(forward, slowest, car, mu * brakeScale);
  }

  /** Target speed in m/s at lap distance {@code sM}. */
  double speedMps(double sM) {
    double pos = path.wrapDistance(sM) / path.stepM();
    int i = (int) pos % speedMps.length;
    double f = pos - Math.floor(pos);
    return speedMps[i] + f * (speedMps[(i + 1) % speedMps.length] - speedMps[i]);
  }

  /** Lap time in seconds if the profile is driven exactly. */
  double lapTimeS() {
    double t = 0;
    int n = speedMps.length;
    for (int i = 0; i < n; i++) {
      t += path.stepM() * 2 / (speedMps[i] + speedMps[(i + 1) % n]);
    }
    return t;
  }

  private double[] forwardPass(
      double[] limit, int start, CarParameters car, Powertrain powertrain, double mu) {
    int n = limit.length;
    double[] v = limit.clone();
    double ds = path.stepM();
    for (int step = 0; step < n; step++) {
      int i = (start + step) % n;
      int next = (i + 1) % n;
      double grip = remainingGripAcc(v[i], path.curvature(i), mu);
      double drive = Math.min(powertrain.maxDriveForceN(v[i]) / car.massKg(), grip);
      double acc = drive - (car.dragN(v[i]) + car.rollingN()) / car.massKg();
      double reachable = Math.sqrt(Math.max(0, v[i] * v[i] + 2 * acc * ds));
      v[next] = Math.min(v[next], Math.max(reachable, 1.0));
    }
    return v;
  }

  private double[] backwardPass(double[] forward, int start, CarParameters car, double mu) {
    int n = forward.length;
    double[] v = forward.clone();
    double ds = path.stepM();
    for (int step = 0; step < n; step++) {
      int i = Math.floorMod(start - step, n);
      int prev = Math.floorMod(i - 1, n);
      double grip = remainingGripAcc(v[i], path.curvature(i), mu);
      double decel = grip + (car.dragN(v[i]) + car.rollingN()) / car.massKg();
      double entry = Math.sqrt(v[i] * v[i] + 2 * decel * ds);
      v[prev] = Math.min(v[prev], entry);
    }
    return v;
  }

  /** Longitudinal acceleration (m/s^2) the friction circle leaves after cornering. */
  static double remainingGripAcc(double speedMps, double curvature, double mu) {
    double total = mu * CarParameters.G;
    double lateral = speedMps * speedMps * Math.abs(curvature);
    return lateral >= total ? 0 : Math.sqrt(total * total - lateral * lateral);
  }
}
