package dev.pitwall.app.ui.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PositionTrailTest {
  @Test
  void keepsPointsAtLeastAStepApartAndIgnoresNaN() {
    PositionTrail trail = new PositionTrail();
    assertNull(trail.fit(400, 300, 10));
    assertTrue(trail.add(0, 0));
    assertFalse(trail.add(1, 1), "closer than the minimum step");
    assertFalse(trail.add(Double.NaN, 5));
    assertTrue(trail.add(10, 0));
    assertEquals(2, trail.size());
  }

  @Test
  void longSessionsStayBoundedAndKeepTheirExtent() {
    PositionTrail trail = new PositionTrail();
    for (int i = 0; i < 100_000; i++) {
      double a = i * 2 * Math.PI / 2000;
      trail.add(500 * Math.cos(a), 300 * Math.sin(a)); // laps of an ellipse
    }
    assertTrue(trail.size() <= PositionTrail.MAX_POINTS, "size " + trail.size());
    TrackProjection p = trail.fit(1040, 1040, 0);
    // the box is 1040 x 640 m plus 20 m padding each side: 1 px per m across the width
    assertEquals(1.0, p.scalePxPerM(), 1e-3); // sampled points miss the exact extremes
  }
}
