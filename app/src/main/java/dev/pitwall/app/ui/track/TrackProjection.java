package dev.pitwall.app.ui.track;

import dev.pitwall.core.track.TrackLayout;

/**
 * Maps the track's local metre frame (x east, y north) onto a canvas (y down), uniformly scaled so
 * the whole circuit fits with a margin and stays centred. Pure; recomputed on resize only.
 */
public final class TrackProjection {
  private final double scalePxPerM;
  private final double offsetX;
  private final double offsetY;

  private TrackProjection(double scalePxPerM, double offsetX, double offsetY) {
    this.scalePxPerM = scalePxPerM;
    this.offsetX = offsetX;
    this.offsetY = offsetY;
  }

  /** Fits the layout's centreline (plus widths) into {@code widthPx x heightPx}. */
  public static TrackProjection fit(
      TrackLayout track, double widthPx, double heightPx, double marginPx) {
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < track.pointCount(); i++) {
      minX = Math.min(minX, track.x(i));
      maxX = Math.max(maxX, track.x(i));
      minY = Math.min(minY, track.y(i));
      maxY = Math.max(maxY, track.y(i));
    }
    return fit(minX, maxX, minY, maxY, widthPx, heightPx, marginPx);
  }

  /** Fits the box {@code minX..maxX, minY..maxY} (metres) into {@code widthPx x heightPx}. */
  public static TrackProjection fit(
      double minX,
      double maxX,
      double minY,
      double maxY,
      double widthPx,
      double heightPx,
      double marginPx) {
    double spanX = Math.max(1e-6, maxX - minX);
    double spanY = Math.max(1e-6, maxY - minY);
    double usableW = Math.max(1, widthPx - 2 * marginPx);
    double usableH = Math.max(1, heightPx - 2 * marginPx);
    double scale = Math.min(usableW / spanX, usableH / spanY);
    double offsetX = (widthPx - spanX * scale) / 2 - minX * scale;
    double offsetY = (heightPx + spanY * scale) / 2 + minY * scale;
    return new TrackProjection(scale, offsetX, offsetY);
  }

  public double scalePxPerM() {
    return scalePxPerM;
  }

  public double toPxX(double xM) {
    return offsetX + xM * scalePxPerM;
  }

  /** Canvas y grows downwards, north grows upwards. */
  public double toPxY(double yM) {
    return offsetY - yM * scalePxPerM;
  }
}
