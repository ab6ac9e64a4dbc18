package dev.pitwall.analytics.lapdetect;

/**
 * A timing line across the track (start/finish or sector line): a segment from A to B in the local
 * metre frame, crossed in the driving direction given by a forward unit vector.
 *
 * <p>Only crossings moving forward count, so reversing over the line or GPS jitter backwards does
 * not start a lap.
 */
public record GateLine(
    String name, double axM, double ayM, double bxM, double byM, double forwardX, double forwardY) {

  public GateLine {
    double len = Math.hypot(bxM - axM, byM - ayM);
    double fwd = Math.hypot(forwardX, forwardY);
    if (!(len > 0.1) || !(fwd > 0) || !Double.isFinite(len)) {
      throw new IllegalArgumentException("gate " + name + ": degenerate line or direction");
    }
    forwardX /= fwd;
    forwardY /= fwd;
  }

  /**
   * A line of {@code widthM} centred on a point, perpendicular to the driving heading.
   *
   * @param headingDeg compass heading of travel over the line (0 = north, 90 = east)
   */
  public static GateLine across(
      String name, double centreXM, double centreYM, double headingDeg, double widthM) {
    double h = Math.toRadians(headingDeg);
    double fx = Math.sin(h);
    double fy = Math.cos(h);
    double half = widthM / 2;
    // the line runs perpendicular to travel: (fy, -fx) points to the right of the driver
    return new GateLine(
        name,
        centreXM - fy * half,
        centreYM + fx * half,
        centreXM + fy * half,
        centreYM - fx * half,
        fx,
        fy);
  }

  /**
   * Fraction t in [0, 1] along P→Q at which the segment crosses this line moving forward, or NaN
   * when it does not.
   */
  public double crossingFraction(double px, double py, double qx, double qy) {
    double dx = qx - px;
    double dy = qy - py;
    if (dx * forwardX + dy * forwardY <= 0) {
      return Double.NaN;
    }
    double ex = bxM - axM;
    double ey = byM - ayM;
    double denom = dx * ey - dy * ex;
    if (denom == 0) {
      return Double.NaN;
    }
    double t = ((axM - px) * ey - (ayM - py) * ex) / denom;
    double u = ((axM - px) * dy - (ayM - py) * dx) / denom;
    return t >= 0 && t < 1 && u >= 0 && u <= 1 ? t : Double.NaN;
  }
}
