package dev.pitwall.app.ui.track;

import dev.pitwall.core.track.GeoReference;

/**
 * The inverse of {@link GeoReference}: WGS84 latitude/longitude to a circuit's local metres, so a
 * GPS-only source (NMEA, a GPS logger) can be drawn on the track map. Without a circuit the first
 * fix becomes the origin (rotation 0: x east, y north).
 */
public final class GeoToLocal {
  private static final double EARTH_RADIUS_M = 6_371_008.8; // as GeoReference

  private final double originLatDeg;
  private final double originLonDeg;
  private final double cosRot;
  private final double sinRot;
  private final double parallelRadiusM;

  public GeoToLocal(GeoReference geo) {
    this(geo.originLatDeg(), geo.originLonDeg(), geo.gridRotationDeg());
  }

  public GeoToLocal(double originLatDeg, double originLonDeg, double gridRotationDeg) {
    this.originLatDeg = originLatDeg;
    this.originLonDeg = originLonDeg;
    double r = Math.toRadians(gridRotationDeg);
    this.cosRot = Math.cos(r);
    this.sinRot = Math.sin(r);
    this.parallelRadiusM = EARTH_RADIUS_M * Math.cos(Math.toRadians(originLatDeg));
  }

  /** Local {x, y} in metres of a fix. */
  public double[] toLocal(double latDeg, double lonDeg) {
    double north = Math.toRadians(latDeg - originLatDeg) * EARTH_RADIUS_M;
    double east = Math.toRadians(lonDeg - originLonDeg) * parallelRadiusM;
    // GeoReference rotates the grid by +r to east/north; undo it
    return new double[] {cosRot * east + sinRot * north, -sinRot * east + cosRot * north};
  }
}
