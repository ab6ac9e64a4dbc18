package dev.pitwall.app.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Zoom keeps the value under the cursor in place; pan and zoom stay inside the lap. */
class XRangeTest {
  @Test
  void zoomKeepsTheAnchorAtTheSameScreenFraction() {
    XRange r = new XRange();
    r.reset(5000);
    r.zoom(1000, 0.5);
    assertEquals(500, r.from(), 1e-9);
    assertEquals(3000, r.to(), 1e-9);
    assertEquals((1000 - r.from()) / (r.to() - r.from()), 1000.0 / 5000, 1e-12);
  }

  @Test
  void zoomWithoutAnAnchorZoomsOnTheCentre() { // an axis not laid out yet maps pixels to NaN
    XRange r = new XRange();
    r.reset(5000);
    r.zoom(Double.NaN, 0.5);
    assertEquals(1250, r.from(), 1e-9);
    assertEquals(3750, r.to(), 1e-9);
  }

  @Test
  void panAndZoomOutStayInsideTheLap() {
    XRange r = new XRange();
    r.reset(5000);
    r.show(4000, 4500);
    r.pan(2000);
    assertEquals(4500, r.from(), 1e-9);
    assertEquals(5000, r.to(), 1e-9);
    r.zoom(4900, 100);
    assertEquals(0, r.from(), 1e-9);
    assertEquals(5000, r.to(), 1e-9);
    assertFalse(r.zoomed());
  }

  @Test
  void zoomInStopsAtTheNarrowestWindow() {
    XRange r = new XRange();
    r.reset(4000);
    for (int i = 0; i < 100; i++) {
      r.zoom(2000, 0.5);
    }
    assertEquals(4000 * XRange.MIN_FRACTION, r.to() - r.from(), 1e-9);
    assertTrue(r.zoomed());
  }
}
