package dev.pitwall.analytics.tyre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTrackerTest {
  private static LapPrediction predicted(double s) {
    return new LapPrediction(1, 10, 5, s, s - 0.4, s + 0.4, List.of());
  }

  @Test
  void staysQuietWhileErrorsScatterAroundZero() {
    DriftTracker t = new DriftTracker(20);
    for (int i = 0; i < 30; i++) {
      t.record(predicted(95), 95 + (i % 2 == 0 ? 0.2 : -0.2));
    }
    DriftStatus s = t.status();
    assertFalse(s.drifting(), s.reason());
    assertEquals(20, s.laps());
    assertEquals(0.0, s.meanErrorS(), 1e-9);
  }

  @Test
  void flagsLapsThatRunSlowerThanPredicted() {
    DriftTracker t = new DriftTracker(20);
    for (int i = 0; i < 12; i++) {
      t.record(predicted(95), 95.6 + (i % 2 == 0 ? 0.1 : -0.1));
    }
    DriftStatus s = t.status();
    assertTrue(s.drifting());
    assertTrue(s.reason().startsWith("laps run +0.60 s vs predicted"), s.reason());
    assertEquals(0.0, s.coverage80(), 1e-9);
  }

  @Test
  void needsEightLapsBeforeFlaggingAndIgnoresNaN() {
    DriftTracker t = new DriftTracker(20);
    for (int i = 0; i < 7; i++) {
      t.record(predicted(95), 97);
    }
    t.record(predicted(95), Double.NaN);
    assertEquals(7, t.status().laps());
    assertFalse(t.status().drifting());
  }
}
