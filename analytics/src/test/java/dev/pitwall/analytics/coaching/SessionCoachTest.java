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
