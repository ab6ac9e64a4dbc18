package dev.pitwall.app.report;

import dev.pitwall.core.track.GeoReference;
import dev.pitwall.core.track.TrackLayout;

/**
 * A start/finish line given in WGS84: its centre, the compass heading of travel over it and its
 * width, plus where it came from (shown to the engineer, since laps are only as good as the line).
 *
 * @param headingDeg compass heading of travel over the line (0 = north, 90 = east)
 * @param origin e.g. "track catalog (cota)", "defined by the user"
 */
public record StartLine(
    double latDeg, double lonDeg, double headingDeg, double widthM, String origin) {
  /** Lines not taken from a track's width are this wide: a track plus run-off, not the pit lane. */
  public static final double DEFAULT_WIDTH_M = 30;

  public StartLine {
    if (!(Math.abs(latDeg) < 90) || !(Math.abs(lonDeg) <= 180) || !Double.isFinite(headingDeg)) {
      throw new IllegalArgumentException(
          "start line at " + latDeg + ", " + lonDeg + " heading " + headingDeg + " is not valid");
    }
    if (!(widthM > 1) || !(widthM < 200)) {
      throw new IllegalArgumentException("start line width " + widthM + " m is not 1..200 m");
    }
  }

  /** A line the engineer defines: centre and heading of travel, {@link #DEFAULT_WIDTH_M} wide. */
  public static StartLine userDefined(double latDeg, double lonDeg, double headingDeg) {
    return new StartLine(latDeg, lonDeg, headingDeg, DEFAULT_WIDTH_M, "defined by the user");
  }

  /**
   * The catalog track's line: its first centreline point (the TUM centrelines start at the
   * start/finish line), across the track's width there plus 5 m each side.
   */
  public static StartLine ofTrack(String key, TrackLayout track, GeoReference geo) {
    double gridAngle = Math.atan2(track.y(1) - track.y(0), track.x(1) - track.x(0));
    double width = track.widthLeftM()[0] + track.widthRightM()[0] + 10;
    return new StartLine(
        geo.latitudeDeg(track.x(0), track.y(0)),
        geo.longitudeDeg(track.x(0), track.y(0)),
        geo.compassHeadingDeg(gridAngle),
        Math.max(10, Math.min(100, width)),
        "track catalog (" + key + ")");
  }
}
