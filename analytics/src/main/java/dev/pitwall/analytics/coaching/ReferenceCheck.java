package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.distance.DistanceLap;

/**
 * Decides whether a reference lap is from the same track and layout as the lap: measured lengths
 * within {@code maxLengthDiffRatio}, and — when both laps carry {@code posX}/{@code posY} — the
 * paths within {@code maxShapeRmsM} of each other at 200 equally spaced lap fractions after
 * removing the mean offset (GPS bias between sessions is a few metres; another circuit is tens to
 * thousands). Stateless; thread-safe.
 */
public final class ReferenceCheck {
  private static final int SHAPE_POINTS = 200;
  private final double maxLengthDiffRatio;
  private final double maxShapeRmsM;

  public ReferenceCheck(double maxLengthDiffRatio, double maxShapeRmsM) {
    this.maxLengthDiffRatio = maxLengthDiffRatio;
    this.maxShapeRmsM = maxShapeRmsM;
  }

  public static ReferenceCheck withDefaults() {
    return new ReferenceCheck(0.05, 25);
  }

  /** Empty when comparable; otherwise a message for the user. */
  public String problem(DistanceLap lap, DistanceLap reference) {
    double a = lap.measuredLengthM();
    double b = reference.measuredLengthM();
    if (Math.abs(a - b) > maxLengthDiffRatio * b) {
      return String.format(
          "The reference lap is %.0f m long and this lap %.0f m (%.0f%% apart): it is from another"
              + " track or layout. Choose a reference lap from this track.",
          b, a, 100 * Math.abs(a - b) / b);
    }
    if (hasPath(lap) && hasPath(reference)) {
      double rms = shapeRmsM(lap, reference);
      if (rms > maxShapeRmsM) {
        return String.format(
            "The reference lap has a similar length (%.0f m vs %.0f m) but its path differs by %.0f m"
                + " RMS from this lap: it is from another track or layout. Choose a reference lap"
                + " from this track.",
            b, a, rms);
      }
    }
    return "";
  }

  private static boolean hasPath(DistanceLap lap) {
    return lap.has("posX") && lap.has("posY");
  }

  private static double shapeRmsM(DistanceLap lap, DistanceLap reference) {
    double[][] p = sample(lap);
    double[][] q = sample(reference);
    double mx = 0;
    double my = 0;
    for (int i = 0; i < SHAPE_POINTS; i++) {
      mx += (p[0][i] - q[0][i]) / SHAPE_POINTS;
      my += (p[1][i] - q[1][i]) / SHAPE_POINTS;
    }
    double sum = 0;
    for (int i = 0; i < SHAPE_POINTS; i++) {
      double dx = p[0][i] - q[0][i] - mx;
      double dy = p[1][i] - q[1][i] - my;
      sum += dx * dx + dy * dy;
    }
    return Math.sqrt(sum / SHAPE_POINTS);
  }

  private static double[][] sample(DistanceLap lap) {
    double[] x = lap.channel("posX");
    double[] y = lap.channel("posY");
    double[][] out = new double[2][SHAPE_POINTS];
    for (int i = 0; i < SHAPE_POINTS; i++) {
      int k = (int) Math.round((double) i / (SHAPE_POINTS - 1) * (x.length - 1));
      out[0][i] = x[k];
      out[1][i] = y[k];
    }
    return out;
  }
}
