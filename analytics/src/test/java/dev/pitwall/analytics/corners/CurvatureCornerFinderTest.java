package dev.pitwall.analytics.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurvatureCornerFinderTest {
  private static final CurvatureCornerFinder FINDER =
      new CurvatureCornerFinder(CurvatureCornerFinder.Config.defaults());

  /** Anticlockwise rounded rectangle 600 m × 300 m with corner radii 30, 60, 45, 90 m. */
  private static TrackLayout roundedRectangle() {
    double[] radii = {30, 60, 45, 90};
    double[][] centres = {{600 - 30, 30}, {600 - 60, 300 - 60}, {45, 300 - 45}, {90, 90}};
    double[] startDeg = {-90, 0, 90, 180};
    List<double[]> pts = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      for (int k = 0; k <= 18; k++) {
        double a = Math.toRadians(startDeg[c] + 5 * k);
        pts.add(
            new double[] {
              centres[c][0] + radii[c] * Math.cos(a), centres[c][1] + radii[c] * Math.sin(a)
            });
      }
    }
    // start mid bottom straight: rotate the list so that point 0 is before the first corner
    pts.add(0, new double[] {300, 0});
    double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
    double[] w = new double[x.length];
    java.util.Arrays.fill(w, 6);
    return new TrackLayout("rect", "Rounded rectangle", x, y, w, w, new double[] {1000});
  }

  @Test
  void findsTheFourCornersOfATrackLayoutInOrderWithApexInTheArc() {
    List<Corner> corners = FINDER.find(roundedRectangle());
    assertEquals(4, corners.size(), corners::toString);
    double[] arcStarts = {270, 270 + 47.1 + 210, 0, 0};
    assertEquals(List.of("T1", "T2", "T3", "T4"), corners.stream().map(Corner::name).toList());
    corners.forEach(c -> assertEquals(Corner.Direction.LEFT, c.direction()));
    // T1: radius-30 arc from 270 m to 317 m along the centreline
    assertEquals(270 + 47.1 / 2, corners.get(0).apexM(), 25);
    assertEquals(arcStarts[0], corners.get(0).entryM(), 15);
  }

  @Test
  void aStraightHasNoCorners() {
    double[] x = new double[500];
    double[] y = new double[500];
    for (int k = 0; k < 500; k++) {
      x[k] = k;
      y[k] = 0.3 * Math.sin(k / 7.0); // GPS-like wobble of 0.3 m
    }
    assertEquals(List.of(), FINDER.find(x, y, 1.0));
  }

  @Test
  void rejectsTooShortPaths() {
    assertThrows(
        IllegalArgumentException.class, () -> FINDER.find(new double[3], new double[3], 1));
  }
}
