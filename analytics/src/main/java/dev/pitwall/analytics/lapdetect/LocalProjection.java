package dev.pitwall.analytics.lapdetect;

/**
 * Projects WGS-84 latitude/longitude (degrees) onto a local east/north plane in metres around an
 * origin (equirectangular with the meridian radius of curvature at the origin).
 *
 * <p>Why this and not UTM: a circuit spans a few kilometres, where the equirectangular error is
 * below 1 cm per km of offset from the origin, and the maths stays two multiplications per point.
 * Immutable and thread-safe.
 */
public final class LocalProjection {
  private static final double WGS84_A_M = 6_378_137.0;
  private static final double WGS84_E2 = 6.694_379_990_14e-3;

  private final double originLatDeg;
  private final double originLonDeg;
  private final double metresPerDegLat;
  private final double metresPerDegLon;

  public LocalProjection(double originLatDeg, double originLonDeg) {
    if (!(Math.abs(originLatDeg) <= 89) || !(Math.abs(originLonDeg) <= 180)) {
      throw new IllegalArgumentException(
          "projection origin out of range: " + originLatDeg + ", " + originLonDeg);
    }
    this.originLatDeg = originLatDeg;
    this.originLonDeg = originLonDeg;
    double phi = Math.toRadians(originLatDeg);
    double s = Math.sin(phi);
    double w = Math.sqrt(1 - WGS84_E2 * s * s);
    double meridianRadiusM = WGS84_A_M * (1 - WGS84_E2) / (w * w * w);
    double primeVerticalRadiusM = WGS84_A_M / w;
    metresPerDegLat = Math.toRadians(meridianRadiusM);
    metresPerDegLon = Math.toRadians(primeVerticalRadiusM * Math.cos(phi));
  }

  /**
   * An origin at the first finite fix of the arrays.
   *
   * @throws IllegalArgumentException when no fix is finite
   */
  public static LocalProjection atFirstFix(double[] latDeg, double[] lonDeg) {
    for (int i = 0; i < Math.min(latDeg.length, lonDeg.length); i++) {
      if (isPlausibleFix(latDeg[i], lonDeg[i])) {
        return new LocalProjection(latDeg[i], lonDeg[i]);
      }
    }
    throw new IllegalArgumentException("no valid latitude/longitude fix in the data");
  }

  /** False for NaN, infinite, out-of-range and the (0, 0) "no fix" value many loggers write. */
  public static boolean isPlausibleFix(double latDeg, double lonDeg) {
    return Math.abs(latDeg) <= 89 && Math.abs(lonDeg) <= 180 && !(latDeg == 0 && lonDeg == 0);
  }

  /** Metres east of the origin. */
  public double eastM(double lonDeg) {
    return (lonDeg - originLonDeg) * metresPerDegLon;
  }

  /** Metres north of the origin. */
  public double northM(double latDeg) {
    return (latDeg - originLatDeg) * metresPerDegLat;
  }

  public double originLatDeg() {
    return originLatDeg;
  }

  public double originLonDeg() {
    return originLonDeg;
  }
}
