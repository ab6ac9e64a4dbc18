package dev.pitwall.analytics.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.CircleSession;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCoachTest {
  @Test
  void coachesEveryValidLapOfASessionWithoutCornersAsWholeLaps() {
    CircleSession s = new CircleSession(300, 40, 50, 250, -0.5);
    PositionTrace trace = s.trace();
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                GateCrossingFinder.withDefaults().find(trace, CircleSession.line(300)),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                new SpeedTrace(s.timeNanos, s.speedKph),
                List.of(),
                List.of());
    List<ChannelSeries> channels = new ArrayList<>(List.of(ChannelSeries.positionsOf(trace)));
    channels.add(new ChannelSeries("speed", s.timeNanos, s.speedKph));
    SessionCoach.Result result =
        SessionCoach.withDefaults()
            .analyse(detection, PathDistance.fromPositions(trace, 110), channels, List.of());
    assertEquals(List.of(), result.corners(), "a 300 m radius is no corner");
    assertEquals(5, result.reports().size());
    for (CoachingReport report : result.reports()) {
      assertTrue(report.comparable(), report.referenceProblem());
      assertEquals("whole lap", report.findings().get(0).where());
      assertEquals(0, report.findings().get(0).timeLostS(), 0.01);
    }
    assertEquals(0, result.consistency().coefficientOfVariation(), 1e-4);
  }

  @Test
  void skipsALapThatDoesNotMeasureTheSameRouteAndSaysWhy() {
    CircleSession s = new CircleSession(300, 40, 50, 250, -0.5);
    PositionTrace trace = s.trace();
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                GateCrossingFinder.withDefaults().find(trace, CircleSession.line(300)),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                null,
                List.of(),
                List.of());
    // distance integrated from a speed channel that reads 10 % low during lap 3
    double[] speed = s.speedKph.clone();
    long from = detection.laps().get(3).startNanos();
    long to = detection.laps().get(3).endNanos();
    for (int i = 0; i < speed.length; i++) {
      if (s.timeNanos[i] > from && s.timeNanos[i] < to) {
        speed[i] *= 0.9;
      }
    }
    SessionCoach.Result result =
        SessionCoach.withDefaults()
            .analyse(
                detection,
                PathDistance.fromSpeed(s.timeNanos, speed),
                List.of(new ChannelSeries("speed", s.timeNanos, speed)),
                List.of());
    assertEquals(4, result.analyses().size());
    assertTrue(result.notes().get(0).startsWith("no position channel and no corner table"));
    assertTrue(
        result.notes().get(1).startsWith("lap 3 skipped: it measures 1696 m against 1885 m"),
        result.notes().toString());
  }

  @Test
  void sessionWithoutValidLapsSaysSo() {
    CircleSession s = new CircleSession(300, 40, 10, 30, -0.5);
    LapDetection detection =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                GateCrossingFinder.withDefaults().find(s.trace(), CircleSession.line(300)),
                0,
                s.timeNanos[s.timeNanos.length - 1],
                null,
                List.of(),
                List.of());
    SessionCoach.Result result =
        SessionCoach.withDefaults()
            .analyse(
                detection, PathDistance.fromSpeed(s.timeNanos, s.speedKph), List.of(), List.of());
    assertNull(result.reference());
    assertTrue(result.notes().get(0).startsWith("no valid lap in the session"));
  }
}
