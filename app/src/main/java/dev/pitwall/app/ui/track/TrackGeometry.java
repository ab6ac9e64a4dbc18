package dev.pitwall.app.ui.track;

import dev.pitwall.core.track.TrackLayout;

/** Positions along a closed centreline by distance from the start/finish line. */
public final class TrackGeometry {
  private TrackGeometry() {}

  /**
   * The centreline point {@code distanceM} metres after the line (wrapping round the lap), as
   * {@code {xM, yM, headingRad}} where heading is the direction of travel (atan2 of dy, dx).
   */
  public static double[] pointAt(TrackLayout track, double distanceM) {
    int n = track.pointCount();
    double lengthM = track.lengthM();
    double remaining = ((distanceM % lengthM) + lengthM) % lengthM;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double dx = track.x(j) - track.x(i);
      double dy = track.y(j) - track.y(i);
      double segment = Math.hypot(dx, dy);
      if (remaining <= segment || i == n - 1) {
        double f = segment > 0 ? Math.min(1, remaining / segment) : 0;
        return new double[] {track.x(i) + f * dx, track.y(i) + f * dy, Math.atan2(dy, dx)};
      }
      remaining -= segment;
    }
    throw new IllegalStateException("unreachable: track has " + n + " points");
  }
}
