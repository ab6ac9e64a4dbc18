package dev.pitwall.app.ui.track;

import java.util.Arrays;

/**
 * The own car's path in posX/posY metres, kept when no circuit layout is known so the map can draw
 * the track the car has driven (a game on a circuit the catalogue lacks, a GPS logger). Points
 * closer than {@link #MIN_STEP_M} to the previous one are skipped; after {@link #MAX_POINTS} every
 * second point is dropped, so a long session keeps its shape in bounded memory.
 *
 * <p>Thread contract: FX thread (filled and read by the track map during a pulse).
 */
public final class PositionTrail {
  static final double MIN_STEP_M = 3;
  static final int MAX_POINTS = 8192;

  private double[] x = new double[256];
  private double[] y = new double[256];
  private int size;
  private double minX = Double.POSITIVE_INFINITY;
  private double maxX = Double.NEGATIVE_INFINITY;
  private double minY = Double.POSITIVE_INFINITY;
  private double maxY = Double.NEGATIVE_INFINITY;

  /** Adds a position; returns true when it was kept. NaN positions are ignored. */
  public boolean add(double xM, double yM) {
    if (Double.isNaN(xM) || Double.isNaN(yM)) {
      return false;
    }
    if (size > 0 && Math.hypot(xM - x[size - 1], yM - y[size - 1]) < MIN_STEP_M) {
      return false;
    }
    if (size == MAX_POINTS) {
      thin();
    } else if (size == x.length) {
      x = Arrays.copyOf(x, size * 2);
      y = Arrays.copyOf(y, size * 2);
    }
    x[size] = xM;
    y[size] = yM;
    size++;
    minX = Math.min(minX, xM);
    maxX = Math.max(maxX, xM);
    minY = Math.min(minY, yM);
    maxY = Math.max(maxY, yM);
    return true;
  }

  private void thin() {
    int kept = 0;
    for (int i = 0; i < size; i += 2) {
      x[kept] = x[i];
      y[kept] = y[i];
      kept++;
    }
    size = kept;
  }

  public int size() {
    return size;
  }

  public double x(int i) {
    return x[i];
  }

  public double y(int i) {
    return y[i];
  }

  /** A projection fitting every point so far into the canvas; null while empty. */
  public TrackProjection fit(double widthPx, double heightPx, double marginPx) {
    if (size == 0) {
      return null;
    }
    double pad = 20; // metres, so a first short stretch is not blown up to the whole canvas
    return TrackProjection.fit(
        minX - pad, maxX + pad, minY - pad, maxY + pad, widthPx, heightPx, marginPx);
  }
}
