package dev.pitwall.analytics.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedLapTimerTest {
  private static final long MS = 1_000_000L;
  private final List<Lap> laps = new ArrayList<>();
  private final ReportedLapTimer timer = new ReportedLapTimer(laps::add);

  /** One lap-data packet of {@code car} at {@code tMs}, its channels as separate blocks. */
  private void packet(
      int car, long tMs, int lap, double currentS, double lastS, double s1, double s2, int bad) {
    String[] names = {
      "lapNumber", "currentLapTime", "lastLapTime", "sector1Time", "sector2Time", "lapInvalid"
    };
    double[] values = {lap, currentS, lastS, s1, s2, bad};
    // the recorder flushes channel by channel: deliver them in reverse to test the join
    for (int i = names.length - 1; i >= 0; i--) {
      Channel c = new Channel(names[i], "-", 60).forCar(car);
      timer.accept(SampleBlock.single(c, tMs * MS, values[i]));
    }
  }

  @Test
  void completesALapWhenTheGameRaisesTheLapNumber() {
    packet(0, 1_000, 1, 0.5, 0, 0, 0, 0); // lap 1 began 0.5 s before this packet
    packet(0, 30_000, 1, 29.5, 0, 28.0, 0, 0);
    packet(0, 60_000, 1, 59.5, 0, 28.0, 30.0, 0);
    packet(0, 80_000, 2, 0.2, 79.3, 0, 0, 0); // the line was crossed 0.2 s before
    packet(0, 81_000, 2, 1.2, 79.3, 0, 0, 0);
    assertEquals(1, laps.size());
    Lap lap = laps.get(0);
    assertEquals(1, lap.number());
    assertEquals(79.3, lap.lapTimeS(), 1e-9);
    assertEquals((80_000 - 200) * MS, lap.endNanos());
    assertEquals(List.of(28.0, 30.0, 79.3 - 58.0), lap.sectorTimesS());
    assertTrue(lap.valid());
    LapBoard board = timer.lapBoard(0);
    assertEquals(2, board.currentLapNumber());
    assertEquals(1.2, board.currentLapElapsedS(), 1e-9);
    assertEquals(79.3, board.bestLap().orElseThrow().lapTimeS(), 1e-9);
    assertTrue(timer.active());
  }

  @Test
  void lapTheCarWasAlreadyOnWhenDataStartedIsNotReported() {
    packet(3, 1_000, 4, 50.0, 80.0, 30.0, 0, 0); // joined 50 s into lap 4: it began at -49 s
    packet(3, 40_000, 5, 0.1, 88.9, 0, 0, 0);
    assertTrue(laps.isEmpty(), laps.toString());
    assertEquals(5, timer.lapBoard(3).currentLapNumber());
  }

  @Test
  void invalidLapIsReportedButNeverBest() {
    packet(0, 1_000, 1, 0.0, 0, 0, 0, 0);
    packet(0, 50_000, 1, 49.0, 0, 20, 20, 1);
    packet(0, 80_000, 2, 0.0, 79.0, 0, 0, 0);
    assertEquals(1, laps.size());
    assertFalse(laps.get(0).valid());
    assertTrue(timer.lapBoard(0).bestLap().isEmpty());
  }

  @Test
  void lapDistanceAloneDoesNotMakeTheTimerActive() {
    timer.accept(SampleBlock.single(new Channel("lapDistance", "m", 60), 0, 10));
    assertFalse(timer.active());
  }
}
