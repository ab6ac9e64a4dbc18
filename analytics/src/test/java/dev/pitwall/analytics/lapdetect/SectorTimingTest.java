package dev.pitwall.analytics.lapdetect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectorTimingTest {
  static final double R = 300;
  static final double V = 40;

  /** A line across the circle at the given angle (degrees anticlockwise from east). */
  private static GateLine lineAtAngle(String name, double deg) {
    double a = Math.toRadians(deg);
    return GateLine.across(name, R * Math.cos(a), R * Math.sin(a), -deg, 20);
  }

  @Test
  void gpsSectorLinesSplitEachLapIntoKnownThirds() {
    CircleSession s = new CircleSession(R, V, 10, 200, -0.5);
    PositionTrace trace = s.trace();
    GateCrossingFinder finder = GateCrossingFinder.withDefaults();
    List<Crossings> sectors =
        List.of(
            finder.find(trace, lineAtAngle("S1", 120)), finder.find(trace, lineAtAngle("S2", 240)));
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                finder.find(trace, CircleSession.line(R)),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                null,
                sectors,
                List.of());
    assertEquals(4, d.validLaps().size());
    for (DetectedLap lap : d.validLaps()) {
      assertEquals(3, lap.sectorTimesS().size());
      for (double sector : lap.sectorTimesS()) {
        assertEquals(s.lapTimeS / 3, sector, 0.002);
      }
      assertEquals(3, lap.toLap(0).sectorTimesS().size());
      assertTrue(lap.toLap(0).valid());
    }
  }

  @Test
  void lapDistanceThresholdsGiveSectorsWithoutPosition() {
    CircleSession s = new CircleSession(R, V, 20, 200, -0.5);
    double length = 2 * Math.PI * R;
    double[] lapDist = new double[s.timeNanos.length];
    for (int i = 0; i < lapDist.length; i++) {
      lapDist[i] = ((2 * Math.PI - 0.5) * R + V * s.timeNanos[i] / 1e9) % length;
    }
    LapDistanceCrossingFinder finder = LapDistanceCrossingFinder.withDefaults();
    List<Crossings> sectors =
        List.of(finder.findThreshold("lapDistance", s.timeNanos, lapDist, length / 2));
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                finder.find("lapDistance", s.timeNanos, lapDist),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                null,
                sectors,
                List.of());
    DetectedLap lap = d.validLaps().get(0);
    assertEquals(s.lapTimeS / 2, lap.sectorTimesS().get(0), 0.001);
    assertEquals(s.lapTimeS / 2, lap.sectorTimesS().get(1), 0.001);
  }

  @Test
  void aSectorLineNotCrossedInvalidatesTheLap() {
    CircleSession s = new CircleSession(R, V, 10, 200, -0.5);
    PositionTrace trace = s.trace();
    GateCrossingFinder finder = GateCrossingFinder.withDefaults();
    // the "sector line" lies off the circle: the car never crosses it (a cut or wrong line)
    List<Crossings> sectors = List.of(finder.find(trace, GateLine.across("S1", 0, 1000, 0, 20)));
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                finder.find(trace, CircleSession.line(R)),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                null,
                sectors,
                List.of());
    DetectedLap lap = d.laps().get(1);
    assertFalse(lap.valid());
    assertEquals("sector line 1 not crossed in this lap", lap.invalidReasons().get(0));
  }
}
