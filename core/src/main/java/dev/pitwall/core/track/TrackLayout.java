package dev.pitwall.core.track;

import java.util.Arrays;
import java.util.Objects;

/**
 * A closed circuit as a centreline polyline in local metres (x east, y north), starting at the
 * start/finish line and in driving direction, with track widths and sector boundaries.
 *
 * <p>Immutable: the accessors return copies; hot paths use {@link #pointCount()} and the indexed
 * getters.
 *
 * @param name catalogue key, e.g. {@code cota}
 * @param displayName e.g. {@code Circuit of the Americas}
 * @param sectorEndsM distance from the line at which each sector ends; the last equals the length
 */
public record TrackLayout(
    String name,
    String displayName,
    double[] xM,
    double[] yM,
    double[] widthRightM,
    double[] widthLeftM,
    double[] sectorEndsM) {

  public TrackLayout {
    Objects.requireNonNull(name);
    Objects.requireNonNull(displayName);
    int n = xM.length;
    if (n < 3 || yM.length != n || widthRightM.length != n || widthLeftM.length != n) {
      throw new IllegalArgumentException("track " + name + ": inconsistent or too few points");
    }
    if (sectorEndsM.length == 0) {
      throw new IllegalArgumentException("track " + name + ": no sectors");
    }
    xM = xM.clone();
    yM = yM.clone();
    widthRightM = widthRightM.clone();
    widthLeftM = widthLeftM.clone();
    sectorEndsM = sectorEndsM.clone();
  }

  public int pointCount() {
    return xM.length;
  }

  public double x(int i) {
    return xM[i];
  }

  public double y(int i) {
    return yM[i];
  }

  /** Centreline length of the closed loop in metres. */
  public double lengthM() {
    double length = 0;
    int n = xM.length;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      length += Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
    }
    return length;
  }

  public int sectorCount() {
    return sectorEndsM.length;
  }

  @Override
  public double[] xM() {
    return xM.clone();
  }

  @Override
  public double[] yM() {
    return yM.clone();
  }

  @Override
  public double[] widthRightM() {
    return widthRightM.clone();
  }

  @Override
  public double[] widthLeftM() {
    return widthLeftM.clone();
  }

  @Override
  public double[] sectorEndsM() {
    return sectorEndsM.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrackLayout t
        && name.equals(t.name)
        && Arrays.equals(xM, t.xM)
        && Arrays.equals(yM, t.yM);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(xM));
  }

  @Override
  public String toString() {
    return "TrackLayout[" + name + ", " + xM.length + " points]";
  }
}
