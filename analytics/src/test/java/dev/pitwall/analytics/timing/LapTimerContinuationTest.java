package dev.pitwall.analytics.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * A recording interrupted mid-lap and continued by a fresh source, whose car restarts 40 m before
 * the line: the continued timer lists the laps timed before, numbers on after them, keeps their
 * best lap as the live delta's reference and never reports the lap cut short by the interruption.
 */
class LapTimerContinuationTest {
  private static final Channel LAP_DISTANCE = new Channel("lapDistance", "m", 100);
  private static final double LAP_M = 1000;
  private static final double[] SECTORS = {300, 700, 1000};
  private static final long RESUME_AT_NANOS = 46_000_000_000L; // session time of the new t = 0

  private final List<Lap> firstLaps = new ArrayList<>();
  private final List<Lap> continuedLaps = new ArrayList<>();
  private final List<SampleBlock> firstSamples = new ArrayList<>();

  /** 45 s before the interruption at 50 m/s from 990 m: laps 1 and 2 of 20 s, lap 3 half done. */
  private List<Lap> priorLapsInContinuedTime() {
    LapTimer first = new LapTimer(SECTORS, firstLaps::add);
    for (SampleBlock b :
        LapDistanceRamp.blocks(
            LAP_DISTANCE, 0, 4500, LapDistanceRamp.constantSpeed(990, 50, LAP_M))) {
      firstSamples.add(b);
      first.accept(b);
    }
    assertEquals(List.of(1, 2), firstLaps.stream().map(Lap::number).toList());
    return firstLaps.stream().map(l -> shifted(l, -RESUME_AT_NANOS)).toList();
  }

  private static Lap shifted(Lap l, long byNanos) {
    return new Lap(
        l.car(),
        l.number(),
        l.startNanos() + byNanos,
        l.endNanos() + byNanos,
        l.sectorTimesS(),
        l.valid());
  }

  /** The first recording's samples of {@code lap} (continued time base), as a store reads them. */
  private SampleBlock samplesOf(Lap lap) {
    SampleBlockBuilder out = new SampleBlockBuilder(LAP_DISTANCE, 4096);
    for (SampleBlock b : firstSamples) {
      for (int i = 0; i < b.size(); i++) {
        long t = b.timeNanos(i) - RESUME_AT_NANOS;
        if (t >= lap.startNanos() - 10_000_000L && t <= lap.endNanos() + 10_000_000L) {
          out.add(t, b.value(i));
        }
      }
    }
    return out.build();
  }

  private LapTimer continued(List<Lap> prior) {
    LapTimer timer = new LapTimer(SECTORS, continuedLaps::add);
    timer.continueAfter(prior, this::samplesOf);
    return timer;
  }

  private static void feed(LapTimer timer, int count, LongToDoubleFunction distanceAt) {
    for (SampleBlock b : LapDistanceRamp.blocks(LAP_DISTANCE, 0, count, distanceAt)) {
      timer.accept(b);
    }
  }

  @Test
  void justAfterContinuingTheBoardShowsThePriorLapsAndTheNextNumber() {
    LapTimer timer = continued(priorLapsInContinuedTime());
    assertEquals(List.of(1, 2), numbers(timer.lapBoard(0).completedLaps()), "before any sample");

    // the new source's car starts 40 m before the line at 40 m/s: it crosses at 1.0 s
    feed(timer, 120, LapDistanceRamp.constantSpeed(960, 40, LAP_M));
    LapBoard board = timer.lapBoard(0);

    assertEquals(List.of(1, 2), numbers(board.completedLaps()));
    assertTrue(board.completedLaps().stream().allMatch(l -> l.lapTimeS() > 19.9));
    assertEquals(3, board.currentLapNumber(), "the lap now driven is lap 3, not a new lap 1");
    assertEquals(0.19, board.currentLapElapsedS(), 1e-6);
    assertEquals(20.0, board.bestLap().orElseThrow().lapTimeS(), 1e-6);
    assertEquals(List.of(6.0, 8.0, 6.0), rounded(board.bestSectorsS()));
    assertTrue(continuedLaps.isEmpty(), "no lap completed: " + continuedLaps);
  }

  @Test
  void theNextLapIsNumberedAfterThePriorOnesAndDeltaIsAgainstTheirBest() {
    LapTimer timer = continued(priorLapsInContinuedTime());
    feed(timer, 1 + 3750, LapDistanceRamp.constantSpeed(960, 40, LAP_M)); // to 37.5 s
    LapBoard board = timer.lapBoard(0);

    assertEquals(1, continuedLaps.size(), "only the new full lap: " + continuedLaps);
    Lap lap3 = continuedLaps.get(0);
    assertEquals(3, lap3.number());
    assertEquals(1e9, lap3.startNanos(), 1_000);
    assertEquals(25.0, lap3.lapTimeS(), 1e-6);
    assertEquals(List.of(1, 2, 3), numbers(board.completedLaps()));
    assertEquals(4, board.currentLapNumber());
    Lap best = board.bestLap().orElseThrow();
    assertTrue(best.number() <= 2 && best.lapTimeS() < 20.0 + 1e-6, "a prior lap stays best");
    // lap 4 at 40 m/s, 460 m in: 11.5 s against the best lap's 9.2 s at 460 m
    assertEquals(460, board.currentLapDistanceM(), 1e-6);
    assertEquals(11.5 - 9.2, board.liveDeltaS(), 1e-3);
    assertEquals(25.0 - 20.0, board.lapDeltaS(lap3), 1e-6);
  }

  @Test
  void withoutTheBestLapsSamplesThereIsNoDeltaButTheLapsStillCount() {
    LapTimer timer = new LapTimer(SECTORS, continuedLaps::add);
    timer.continueAfter(
        priorLapsInContinuedTime(), lap -> new SampleBlockBuilder(LAP_DISTANCE, 1).build());
    feed(timer, 1500, LapDistanceRamp.constantSpeed(960, 40, LAP_M));
    LapBoard board = timer.lapBoard(0);

    assertEquals(3, board.currentLapNumber());
    assertTrue(Double.isNaN(board.liveDeltaS()));
    assertEquals(2, board.completedLaps().size());
  }

  @Test
  void lapsCanOnlyBeContinuedBeforeTheFirstSample() {
    LapTimer timer = new LapTimer(SECTORS, continuedLaps::add);
    feed(timer, 10, LapDistanceRamp.constantSpeed(960, 40, LAP_M));
    assertThrows(
        IllegalStateException.class,
        () -> timer.continueAfter(priorLapsInContinuedTime(), this::samplesOf));
  }

  private static List<Integer> numbers(List<Lap> laps) {
    return laps.stream().map(Lap::number).toList();
  }

  private static List<Double> rounded(List<Double> values) {
    return values.stream().map(s -> Math.round(s * 1e6) / 1e6).toList();
  }
}
