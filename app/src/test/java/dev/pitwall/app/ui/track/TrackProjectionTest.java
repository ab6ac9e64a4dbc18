package dev.pitwall.app.ui.track;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitwall.core.track.TrackLayout;
import org.junit.jupiter.api.Test;

class TrackProjectionTest {
  // a 400 m x 100 m rectangle, driven anticlockwise from (0, 0)
  private static final TrackLayout RECT =
      new TrackLayout(
          "rect",
          "Rectangle",
          new double[] {0, 400, 400, 0},
          new double[] {0, 0, 100, 100},
          new double[] {5, 5, 5, 5},
          new double[] {5, 5, 5, 5},
          new double[] {500, 1000});

  @Test
  void fitsTheWiderSideAndCentresTheOther() {
    TrackProjection p = TrackProjection.fit(RECT, 820, 620, 10);

    assertEquals(2.0, p.scalePxPerM(), 1e-9);
    assertEquals(10, p.toPxX(0), 1e-9);
    assertEquals(810, p.toPxX(400), 1e-9);
    // 200 px of track height centred in 620 px; north (y = 100) is up
    assertEquals(210, p.toPxY(100), 1e-9);
    assertEquals(410, p.toPxY(0), 1e-9);
  }

  @Test
  void findsPointsAndHeadingsByDistanceAlongTheLap() {
    assertArrayEquals(new double[] {250, 0, 0}, TrackGeometry.pointAt(RECT, 250), 1e-9);
    assertArrayEquals(new double[] {400, 50, Math.PI / 2}, TrackGeometry.pointAt(RECT, 450), 1e-9);
    assertArrayEquals(new double[] {0, 50, -Math.PI / 2}, TrackGeometry.pointAt(RECT, 950), 1e-9);
    assertArrayEquals(new double[] {100, 0, 0}, TrackGeometry.pointAt(RECT, 1100), 1e-9);
  }
}
