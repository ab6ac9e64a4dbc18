package dev.pitwall.core.track;

/**
 * Maps a circuit's local metre frame (the {@link TrackLayout} x/y) to WGS84 latitude/longitude.
 *
 * <p>The local grid is first rotated by {@code gridRotationDeg} (counter-clockwise, grid to true
 * east/north; for the TUM circuits this is the UTM grid convergence) and then projected
 * equirectangularly around the origin. Over a circuit's few kilometres the error is well under a
 * metre, far below the centrelines' own accuracy.
 *
 * @param originLatDeg latitude of local x = 0, y = 0
 * @param originLonDeg longitude of local x = 0, y = 0
 * @param gridRotationDeg rotation from the local grid to east/north, degrees counter-clockwise
 */
public record GeoReference(double originLatDeg, double originLonDeg, double gridRotationDeg) {
  /** Mean Earth radius (IUGG), metres. */
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  public GeoReference {
    if (!(Math.abs(originLatDeg) < 90) || !(Math.abs(originLonDeg) <= 180)) {
      throw new IllegalArgumentException(
          "origin out of range: " + originLatDeg + ", " + originLonDeg);
    }
  }

  /** Latitude in degrees of the local point (xM, yM). */
  public double latitudeDeg(double xM, double yM) {
    return originLatDeg + Math.toDegrees(northM(xM, yM) / EARTH_RADIUS_M);
  }

  /** Longitude in degrees of the local point (xM, yM). */
  public double longitudeDeg(double xM, double yM) {
    double parallelRadiusM = EARTH_RADIUS_M * Math.cos(Math.toRadians(originLatDeg));
    return originLonDeg + Math.toDegrees(eastM(xM, yM) / parallelRadiusM);
  }

  /**
   * Compass heading (degrees clockwise from true north, 0..360) of a direction given as an angle in
   * the local grid (radians counter-clockwise from local +x).
   */
  public double compassHeadingDeg(double gridAngleRad) {
    double heading = 90 - Math.toDegrees(gridAngleRad) - gridRotationDeg;
    return ((heading % 360) + 360) % 360;
  }

  private double eastM(double xM, double yM) {
    double r = Math.toRadians(gridRotationDeg);
    return Math.cos(r) * xM - Math.sin(r) * yM;
  }

  private double northM(double xM, double yM) {
    double r = Math.toRadians(gridRotationDeg);
    return Math.sin(r) * xM + Math.cos(r) * yM;
  }
}
