package dev.pitwall.analytics.distance;

/**
 * The running time difference of a lap against a reference lap at the same track position: {@code
 * delta[k] = lap.time(k) − reference.time(k)}, positive where the lap is behind. Where the trace
 * rises the lap is losing time. Both laps must be on grids of the same step; the shorter grid
 * bounds the result.
 */
public final class TimeDelta {
  private TimeDelta() {}

  public static double[] between(DistanceLap lap, DistanceLap reference) {
    if (lap.stepM() != reference.stepM()) {
      throw new IllegalArgumentException(
          "laps are on different grids: " + lap.stepM() + " m and " + reference.stepM() + " m");
    }
    double[] a = lap.timeS();
    double[] b = reference.timeS();
    int n = Math.min(a.length, b.length);
    double[] delta = new double[n];
    for (int k = 0; k < n; k++) {
      delta[k] = a[k] - b[k];
    }
    return delta;
  }

  /** Time lost (s, positive = slower) between two distances, from a delta trace. */
  public static double lostBetween(double[] delta, double stepM, double fromM, double toM) {
    return at(delta, stepM, toM) - at(delta, stepM, fromM);
  }

  private static double at(double[] delta, double stepM, double m) {
    int k = (int) Math.round(m / stepM);
    return delta[Math.max(0, Math.min(delta.length - 1, k))];
  }
}
