package dev.pitwall.analytics.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LapTimerTest {
  private static final Channel LAP_DISTANCE = new Channel("lapDistance", "m", 100);
  private static final double LAP_M = 1000;
  private static final double[] SECTORS = {300, 700, 1000};

  private final List<Lap> laps = new ArrayList<>();
  private final LapTimer timer = new LapTimer(SECTORS, laps::add);

  private void feed(int count, LongToDoubleFunction distanceAt) {
    for (SampleBlock b : LapDistanceRamp.blocks(LAP_DISTANCE, 0, count, distanceAt)) {
      timer.accept(b);
    }
  }

  @ParameterizedTest
  @CsvSource({"400, 50.3", "0.5, 61.7", "999, 33.3", "123.4, 88.8"})
  void interpolatesLineCrossingsBetweenSamples(double startM, double speedMps) {
    feed(12000, LapDistanceRamp.constantSpeed(startM, speedMps, LAP_M));

    assertTrue(laps.size() >= 3, "laps: " + laps.size());
    for (Lap lap : laps) {
      double expectedStart = LapDistanceRamp.crossingNanos(lap.number(), startM, speedMps, LAP_M);
      double expectedEnd = LapDistanceRamp.crossingNanos(lap.number() + 1, startM, speedMps, LAP_M);
      assertEquals(expectedStart, lap.startNanos(), 1_000, "start of lap " + lap.number());
      assertEquals(expectedEnd, lap.endNanos(), 1_000, "end of lap " + lap.number());
      assertEquals(LAP_M / speedMps, lap.lapTimeS(), 1e-6);
      assertTrue(lap.valid());
    }
  }

  @Test
  void doesNotReportThePartialLapBeforeTheFirstCrossing() {
    feed(3000, LapDistanceRamp.constantSpeed(600, 50, LAP_M)); // crossings at 8 s, 28 s

    assertEquals(1, laps.size());
    assertEquals(1, laps.get(0).number());
    assertEquals(8e9, laps.get(0).startNanos(), 1_000);
    LapBoard board = timer.lapBoard(0);
    assertEquals(2, board.currentLapNumber());
    assertEquals(29.99 - 28.0, board.currentLapElapsedS(), 1e-6);
  }

  @Test
  void hasNoLapNumberOrDeltaBeforeTheFirstCrossing() {
    feed(1500, LapDistanceRamp.constantSpeed(0, 50, LAP_M)); // first crossing at 20 s

    LapBoard board = timer.lapBoard(0);
    assertEquals(0, board.currentLapNumber());
    assertTrue(Double.isNaN(board.currentLapElapsedS()));
    assertTrue(Double.isNaN(board.liveDeltaS()));
    assertEquals(749.5, board.currentLapDistanceM(), 1e-6);
    assertTrue(laps.isEmpty());
  }

  @Test
  void timesSectorsAtTheirBoundaries() {
    feed(5000, LapDistanceRamp.constantSpeed(950, 40, LAP_M));

    Lap lap = laps.get(0);
    assertEquals(3, lap.sectorTimesS().size());
    assertEquals(300 / 40.0, lap.sectorTimesS().get(0), 1e-6);
    assertEquals(400 / 40.0, lap.sectorTimesS().get(1), 1e-6);
    assertEquals(300 / 40.0, lap.sectorTimesS().get(2), 1e-6);
  }

  @Test
  void liveDeltaIsTimeNowMinusBestAtSameDistance() {
    // start just before the line: lap 1 at 50 m/s, lap 2 at 40 m/s
    LongToDoubleFunction distance =
        t -> {
          double ts = t / 1e9;
          double total = ts <= 20.2 ? 990 + 50 * ts : 990 + 50 * 20.2 + 40 * (ts - 20.2);
          return total % LAP_M;
        };
    feed(1 + (int) ((20.2 + 12.5) * 100), distance);
    LapBoard board = timer.lapBoard(0);

    assertEquals(1, laps.size());
    assertEquals(20.0, laps.get(0).lapTimeS(), 1e-6);
    assertEquals(2, board.currentLapNumber());
    assertEquals(500, board.currentLapDistanceM(), 1e-6);
    assertEquals(12.5 - 10.0, board.liveDeltaS(), 1e-6);
    assertEquals(20.0, board.bestLap().orElseThrow().lapTimeS(), 1e-6);
    assertEquals(1, board.currentSectorTimesS().size());
    assertEquals(300 / 40.0 - 300 / 50.0, board.currentSectorDeltaS(0), 1e-6);
  }

  @Test
  void keepsBestLapAndBestSectorsAcrossLaps() {
    // lap 1 (0.2 s .. 20.2 s) at 50 m/s; lap 2: 40 m/s in sector 1, then 80 m/s (16.25 s)
    LongToDoubleFunction distance =
        t -> {
          double ts = t / 1e9;
          double total = 990 + 50 * ts;
          if (ts > 20.2) {
            double u = ts - 20.2;
            total = 2000 + (u <= 7.5 ? 40 * u : 300 + 80 * (u - 7.5));
          }
          return total % LAP_M;
        };
    feed(4000, distance);
    LapBoard board = timer.lapBoard(0);

    assertEquals(2, laps.size());
    assertEquals(List.of(6.0, 8.0, 6.0), rounded(laps.get(0)));
    assertEquals(List.of(7.5, 5.0, 3.75), rounded(laps.get(1)));
    assertEquals(List.of(6.0, 5.0, 3.75), board.bestSectorsS());
    Lap best = board.bestLap().orElseThrow();
    assertEquals(2, best.number());
    assertEquals(16.25, best.lapTimeS(), 1e-6);
    assertEquals(20.0 - 16.25, board.lapDeltaS(laps.get(0)), 1e-6);
    assertEquals(6.0 - 6.0, board.sectorDeltaS(laps.get(0), 0), 1e-6);
    assertEquals(7.5 - 6.0, board.sectorDeltaS(laps.get(1), 0), 1e-6);
  }

  private static List<Double> rounded(Lap lap) {
    return lap.sectorTimesS().stream().map(s -> Math.round(s * 1e6) / 1e6).toList();
  }

  @Test
  void ignoresAndCountsDropsAwayFromTheLine() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(400, 50, LAP_M);
    LongToDoubleFunction glitchy =
        t -> {
          long sample = t / LapDistanceRamp.PERIOD_NANOS;
          if (sample == 500) {
            return 100; // drop from ~650 m to 100 m in mid-lap
          }
          if (sample == 1600) {
            return 2; // drop to near 0 m, but from ~1200 m mod 1000 = 200 m, not near the line
          }
          return clean.applyAsDouble(t);
        };
    feed(5000, glitchy);
    LapBoard board = timer.lapBoard(0);

    assertEquals(2, board.ignoredJumps());
    for (Lap lap : laps) {
      assertEquals(20.0, lap.lapTimeS(), 1e-6, "lap " + lap.number());
      assertTrue(lap.valid());
    }
    assertEquals(LapDistanceRamp.crossingNanos(1, 400, 50, LAP_M), laps.get(0).startNanos(), 1e3);
  }

  @Test
  void ignoresImplausibleForwardJumps() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(100, 50, LAP_M);
    feed(
        4000,
        t -> t / LapDistanceRamp.PERIOD_NANOS == 2000 ? 990 : clean.applyAsDouble(t)); // ~100 m

    assertEquals(1, timer.lapBoard(0).ignoredJumps());
    assertTrue(laps.stream().allMatch(l -> Math.abs(l.lapTimeS() - 20.0) < 1e-6));
    assertTrue(laps.stream().allMatch(Lap::valid));
  }

  @Test
  void followsAPersistentResetButVoidsThatLap() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(0, 50, LAP_M);
    // from 30 s on the source reports the car 400 m further on (e.g. re-initialised odometer)
    feed(8000, t -> t >= 30e9 ? (50 * t / 1e9 + 400) % LAP_M : clean.applyAsDouble(t));

    // lap 1 starts at 20 s, the reset at 30 s moves the line crossing to 32 s
    Lap lap1 = laps.get(0);
    assertFalse(lap1.valid(), "the lap with the reset is void: " + lap1);
    assertEquals(32e9, lap1.endNanos(), 1_000);
    assertTrue(lap1.sectorTimesS().isEmpty());
    assertTrue(timer.lapBoard(0).ignoredJumps() >= 1);
    Lap last = laps.get(laps.size() - 1);
    assertTrue(last.valid());
    assertEquals(20.0, last.lapTimeS(), 1e-6);
  }

  @Test
  void voidsALapWithAGapInTheData() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(900, 50, LAP_M);
    List<SampleBlock> blocks = LapDistanceRamp.blocks(LAP_DISTANCE, 0, 6000, clean);
    for (SampleBlock b : blocks) {
      double startS = b.firstTimeNanos() / 1e9;
      if (startS < 10 || startS > 12) {
        timer.accept(b);
      }
    }

    assertFalse(laps.get(0).valid(), "lap 1 (2 s .. 22 s) lost 2 s of data");
    assertTrue(laps.get(1).valid());
    assertEquals(20.0, laps.get(0).lapTimeS(), 1e-6, "still timed by the line crossings");
  }

  @Test
  void extrapolatesWhenTheSourceLapIsLongerThanTheNominalOne() {
    // source wraps at 1004 m but the layout says 1000 m; crossing right after the wrap
    LongToDoubleFunction distance = t -> (500.2 + 40 * t / 1e9) % 1004;
    feed(6000, distance);

    Lap lap = laps.get(0);
    double expectedStart = (1004 - 500.2) / 40.0 * 1e9;
    assertEquals(expectedStart, lap.startNanos(), 1_000);
    assertEquals(1004 / 40.0, lap.lapTimeS(), 1e-6);
    assertTrue(lap.sectorTimesS().size() == 3);
  }

  @Test
  void timesEachCarSeparately() {
    Channel car3 = LAP_DISTANCE.forCar(3);
    for (SampleBlock b :
        LapDistanceRamp.blocks(car3, 0, 3100, LapDistanceRamp.constantSpeed(0, 100, LAP_M))) {
      timer.accept(b);
    }

    assertEquals(0, timer.lapBoard(0).completedLaps().size());
    assertEquals(2, timer.lapBoard(3).completedLaps().size());
    assertTrue(laps.stream().allMatch(l -> l.car() == 3));
  }

  @Test
  void ignoresADropToZeroShortlyBeforeTheLine() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(0, 50, LAP_M);
    // at 39 s the car is at 950 m; one sample reads 20 m, as if it had crossed 50 m early
    feed(6500, t -> t / LapDistanceRamp.PERIOD_NANOS == 3900 ? 20 : clean.applyAsDouble(t));

    assertEquals(1, timer.lapBoard(0).ignoredJumps());
    assertEquals(2, laps.size());
    assertTrue(laps.stream().allMatch(l -> Math.abs(l.lapTimeS() - 20.0) < 1e-6));
  }

  @Test
  void countsSamplesThatAreNotNumbersOrGoBackInTime() {
    LongToDoubleFunction clean = LapDistanceRamp.constantSpeed(0, 50, LAP_M);
    feed(4500, t -> t / LapDistanceRamp.PERIOD_NANOS == 1000 ? Double.NaN : clean.applyAsDouble(t));
    timer.accept(SampleBlock.single(LAP_DISTANCE, 1_000_000_000L, 50)); // from 45 s back to 1 s

    LapBoard board = timer.lapBoard(0);
    assertEquals(2, board.ignoredJumps());
    assertEquals(1, laps.size());
    assertEquals(20.0, laps.get(0).lapTimeS(), 1e-6);
    assertEquals(44.99e9, board.latestTimeNanos(), 1);
  }
}
