package dev.pitwall.analytics.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Boards are read by another thread (the UI) while the consumer thread keeps timing. */
class LapBoardPublicationTest {

  @Test
  void readersOnlyEverSeeConsistentBoardsThatMoveForward() throws Exception {
    LapTimer timer = new LapTimer(new double[] {250, 500}, lap -> {});
    List<SampleBlock> blocks =
        LapDistanceRamp.blocks(
            new Channel("lapDistance", "m", 100),
            0,
            20_000,
            LapDistanceRamp.constantSpeed(100, 100, 500)); // 5 s laps, 40 of them
    AtomicReference<String> problem = new AtomicReference<>();
    Thread feeder = new Thread(() -> blocks.forEach(timer::accept), "feeder");
    feeder.start();
    LapBoard previous = timer.lapBoard(0);
    while (feeder.isAlive() || previous.latestTimeNanos() < blocks.getLast().lastTimeNanos()) {
      LapBoard board = timer.lapBoard(0);
      if (board.latestTimeNanos() < previous.latestTimeNanos()
          || board.completedLaps().size() < previous.completedLaps().size()
          || (board.currentLapNumber() > 0
              && board.currentLapNumber() != board.completedLaps().size() + 1)) {
        problem.compareAndSet(null, previous + " then " + board);
      }
      previous = board;
    }
    feeder.join();

    assertEquals(null, problem.get());
    assertEquals(39, timer.lapBoard(0).completedLaps().size());
    assertTrue(timer.lapBoard(0).completedLaps().stream().allMatch(l -> l.valid()));
  }
}
