package dev.pitwall.analytics.lapdetect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LapDetectionBadInputTest {
  static final double R = 300;
  static final double V = 40;
  static final double START = -0.5;

  private static LapDetection detect(CircleSession s, PositionTrace trace) {
    Crossings c = GateCrossingFinder.withDefaults().find(trace, CircleSession.line(R));
    return new LapSplitter(LapSplitter.Config.defaults())
        .split(
            c,
            s.timeNanos[0],
            s.timeNanos[s.timeNanos.length - 1],
            new SpeedTrace(s.timeNanos, s.speedKph),
            List.of(),
            List.of());
  }

  @Test
  void interpolatesCrossingsBetweenFixesToSubSampleTime() {
    CircleSession s = new CircleSession(R, V, 5, 250, START);
    LapDetection d = detect(s, s.trace());
    assertEquals(5, d.validLaps().size());
    for (DetectedLap lap : d.validLaps()) {
      assertEquals(s.lapTimeS, lap.lapTimeS(), 0.002);
    }
    assertEquals(s.crossingS(1, START), d.validLaps().get(0).startNanos() / 1e9, 0.002);
  }

  @Test
  void skipsNanFixesCountsThemAndStillTimesLaps() {
    CircleSession s = new CircleSession(R, V, 10, 250, START);
    for (int i = 100; i < 2400; i += 97) {
      s.xM[i] = Double.NaN;
    }
    LapDetection d = detect(s, s.trace());
    assertEquals(24, d.issues().count(TraceIssue.Kind.INVALID_VALUE));
    assertEquals(5, d.validLaps().size());
  }

  @Test
  void dropoutInsideALapInvalidatesThatLapWithTheReason() {
    CircleSession s = new CircleSession(R, V, 10, 250, START);
    int from = (int) ((s.crossingS(2, START) + 10) * 10);
    for (int i = from; i < from + 30; i++) {
      s.xM[i] = Double.NaN;
    }
    LapDetection d = detect(s, s.trace());
    DetectedLap lap2 = d.laps().stream().filter(l -> l.number() == 2).findFirst().orElseThrow();
    assertFalse(lap2.valid());
    assertTrue(
        lap2.invalidReasons().get(0).startsWith("data dropout at 9.8 s into the lap"),
        lap2.toString());
    assertTrue(
        lap2.invalidReasons().get(0).contains("no fix for the next 3.10 s"), lap2.toString());
    assertEquals(s.lapTimeS, lap2.lapTimeS(), 0.002);
    assertEquals(4, d.validLaps().size());
  }

  @Test
  void dropoutsBeyondTheMessageCapStillInvalidateTheirLaps() {
    CircleSession s = new CircleSession(R, V, 10, 80 * 47.2, START);
    for (int lap = 1; lap <= 70; lap++) {
      int from = (int) ((s.crossingS(lap, START) + 10) * 10);
      for (int i = from; i < from + 20; i++) {
        s.xM[i] = Double.NaN;
      }
    }
    LapDetection d = detect(s, s.trace());
    assertEquals(70, d.issues().count(TraceIssue.Kind.GAP));
    for (int lap = 1; lap <= 70; lap++) {
      assertFalse(d.laps().get(lap).valid(), "lap " + lap);
    }
    assertTrue(d.laps().get(70).invalidReasons().get(0).contains("details of issues beyond"));
    assertTrue(d.laps().get(75).valid());
  }

  @Test
  void dropoutAcrossTheLineMakesBothLapsUncertain() {
    CircleSession s = new CircleSession(R, V, 10, 250, START);
    int at = (int) (s.crossingS(2, START) * 10);
    for (int i = at - 15; i < at + 15; i++) {
      s.yM[i] = Double.NaN;
    }
    LapDetection d = detect(s, s.trace());
    DetectedLap lap1 = d.laps().get(1);
    DetectedLap lap2 = d.laps().get(2);
    assertTrue(
        lap1.invalidReasons().stream().anyMatch(r -> r.startsWith("end time estimated")),
        lap1.toString());
    assertTrue(
        lap2.invalidReasons().stream().anyMatch(r -> r.startsWith("start time estimated")),
        lap2.toString());
    assertEquals(3, d.validLaps().size());
  }

  @Test
  void gpsJumpIsSkippedCountedAndFlagged() {
    CircleSession s = new CircleSession(R, V, 10, 250, START);
    int at = (int) ((s.crossingS(3, START) - 0.05) * 10);
    s.xM[at] += 400;
    LapDetection d = detect(s, s.trace());
    assertEquals(1, d.issues().count(TraceIssue.Kind.JUMP));
    DetectedLap lap = d.laps().get(2);
    assertTrue(lap.invalidReasons().get(0).startsWith("GPS position jump"), lap.toString());
    assertEquals(s.lapTimeS, d.laps().get(3).lapTimeS(), 0.01);
  }

  @Test
  void carStoppedInALapIsARedFlagOrSpin() {
    CircleSession s = new CircleSession(R, V, 10, 250, START);
    int from = (int) ((s.crossingS(2, START) + 20) * 10);
    for (int i = from; i < from + 60; i++) {
      s.speedKph[i] = 0;
    }
    LapDetection d = detect(s, s.trace());
    DetectedLap lap = d.laps().get(2);
    assertTrue(
        lap.invalidReasons().get(0).startsWith("car stopped for 5.9 s at 19.9 s into the lap"),
        lap.toString());
  }

  @Test
  void extraBeaconPulseMidLapGivesTwoCutShortLaps() {
    CircleSession s = new CircleSession(R, V, 10, 400, START);
    double[] beacon = new double[s.timeNanos.length];
    for (int k = 1; k <= 8; k++) {
      int i = (int) Math.ceil(s.crossingS(k, START) * 10);
      if (i + 2 < beacon.length) {
        beacon[i] = 1;
        beacon[i + 1] = 1;
      }
    }
    int stray = (int) ((s.crossingS(4, START) + 20) * 10);
    beacon[stray] = 1;
    Crossings c = BeaconCrossingFinder.withDefaults().find("beacon", s.timeNanos, beacon);
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(c, 0, s.timeNanos[s.timeNanos.length - 1], null, List.of(), List.of());
    long cut =
        d.laps().stream()
            .filter(l -> l.invalidReasons().stream().anyMatch(r -> r.startsWith("cut short")))
            .count();
    assertEquals(2, cut);
    assertEquals(6, d.validLaps().size());
    d.validLaps().forEach(l -> assertEquals(s.lapTimeS, l.lapTimeS(), 0.1));
  }

  @Test
  void lapDistanceResetIsInterpolatedWithTheCarSpeed() {
    CircleSession s = new CircleSession(R, V, 20, 200, START);
    double lengthM = 2 * Math.PI * R;
    double[] lapDist = new double[s.timeNanos.length];
    for (int i = 0; i < lapDist.length; i++) {
      double travelled = (START + 2 * Math.PI) * R + V * s.timeNanos[i] / 1e9;
      lapDist[i] = travelled % lengthM;
    }
    Crossings c =
        LapDistanceCrossingFinder.withDefaults().find("lapDistance", s.timeNanos, lapDist);
    assertEquals(5, c.crossings().size());
    assertEquals(s.crossingS(1, START), c.crossings().get(0).timeNanos() / 1e9, 0.001);
    assertEquals(
        s.lapTimeS,
        (c.crossings().get(1).timeNanos() - c.crossings().get(0).timeNanos()) / 1e9,
        0.001);
  }

  @Test
  void pitLinesMakeInAndOutLapsAndMeasurePitTime() {
    CircleSession s = new CircleSession(R, V, 10, 300, START);
    // pit entry 30° before the line, exit 30° after it, on the circle (a stand-in for the pit lane)
    double a = Math.toRadians(30);
    GateLine entry =
        GateLine.across("pit in", R * Math.cos(-a), R * Math.sin(-a), 90 - (-30 + 90), 20);
    GateLine exit =
        GateLine.across("pit out", R * Math.cos(a), R * Math.sin(a), 90 - (30 + 90), 20);
    PositionTrace trace = s.trace();
    GateCrossingFinder finder = GateCrossingFinder.withDefaults();
    Crossings entries = finder.find(trace, entry);
    Crossings exits = finder.find(trace, exit);
    // only the 3rd entry and the exit after it through the "pit lane" is a pit stop
    entries =
        new Crossings(LapMethod.GPS_LINE, List.of(entries.crossings().get(2)), entries.issues());
    exits = new Crossings(LapMethod.GPS_LINE, List.of(exits.crossings().get(3)), exits.issues());
    long end = s.timeNanos[s.timeNanos.length - 1];
    List<PitVisit> visits = new PitLaneFinder().visits(entries, exits, 0, end);
    assertEquals(1, visits.size());
    assertEquals(s.lapTimeS / 6, visits.get(0).durationS(), 0.01);
    Crossings sf = finder.find(trace, CircleSession.line(R));
    LapDetection d =
        new LapSplitter(LapSplitter.Config.defaults()).split(sf, 0, end, null, List.of(), visits);
    assertEquals(LapKind.IN_LAP, d.laps().get(3).kind());
    assertEquals(LapKind.OUT_LAP, d.laps().get(4).kind());
    assertTrue(
        d.laps().get(4).invalidReasons().get(0).startsWith("out-lap: pit exit at 3.9 s"),
        d.laps().get(4).toString());
    assertTrue(d.laps().get(1).valid());
  }

  @Test
  void withoutPositionOnlyLapDistanceAndBeaconRemain() {
    assertEquals(
        List.of(LapMethod.LAP_DISTANCE_RESET, LapMethod.BEACON),
        LapMethod.availableFor(Set.of("speed", "lapDistance", "beacon")));
    assertEquals(List.of(), LapMethod.availableFor(Set.of("speed", "rpm")));
    assertEquals(
        List.of(LapMethod.GPS_LINE), LapMethod.availableFor(Set.of("latitude", "longitude")));
  }

  @Test
  void noCrossingAtAllIsOnePartialStretchWithTheReason() {
    CircleSession s = new CircleSession(R, V, 10, 20, 0.5);
    LapDetection d = detect(s, s.trace());
    assertEquals(1, d.laps().size());
    assertEquals(LapKind.PARTIAL, d.laps().get(0).kind());
    assertTrue(d.laps().get(0).invalidReasons().get(0).startsWith("no start/finish crossing"));
  }
}
