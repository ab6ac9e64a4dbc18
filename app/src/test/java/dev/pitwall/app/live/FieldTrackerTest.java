package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.strategy.live.CarObservation;
import dev.pitwall.analytics.strategy.live.FieldObservation;
import dev.pitwall.analytics.strategy.live.SeriesParams;
import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** F1-UDP-like channels (all cars) into the field the strategy sees. */
class FieldTrackerTest {
  private final Map<Integer, LapBoard> boards = new HashMap<>();
  private final FieldTracker tracker = new FieldTracker(new BoardsOnly(), SeriesParams.f1());

  private void laps(int car, int count, double distanceM) {
    List<Lap> done = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      done.add(new Lap(car, n, (n - 1) * 90_000_000_000L, n * 90_000_000_000L, List.of(), true));
    }
    boards.put(
        car,
        new LapBoard(
            car, done, Optional.empty(), List.of(), count + 1, 1.0, distanceM, List.of(), 0, 0, 0));
  }

  private boolean sample(String name, int car, double v) {
    Channel c = new Channel(name, "-", 60);
    return tracker.accept(SampleBlock.single(car == 0 ? c : c.forCar(car), 1_000_000L, v));
  }

  @Test
  void turnsGameChannelsIntoTheField() {
    assertNull(tracker.observe(0), "no lap of ours yet");
    laps(0, 4, 3000);
    laps(3, 4, 3500);
    assertFalse(sample("tyreCompoundVisual", 3, 17)); // medium
    assertFalse(sample("tyreAge", 3, 4));
    assertFalse(sample("fuelMass", 3, 40.5));
    assertFalse(sample("pitStops", 3, 0));
    assertFalse(sample("totalLaps", 0, 30));
    assertFalse(sample("tyreAge", 0, Double.NaN), "NaN samples are ignored");
    FieldObservation f = tracker.observe(0);
    assertEquals(29, f.raceLaps(), "the lap timer's lap 1 is the game's lap 2");
    CarObservation rival = f.cars().stream().filter(c -> c.car() == 3).findFirst().orElseThrow();
    assertEquals("A4", rival.compound());
    assertEquals(4.0, rival.tyreAgeLaps());
    assertEquals(40.5, rival.fuelKg());
    assertTrue(Double.isNaN(f.ours().tyreAgeLaps()));
  }

  @Test
  void aRivalsStopAndASafetyCarAskForARerun() {
    laps(0, 5, 100);
    laps(7, 5, 4500); // late in lap 6: the stop belongs to lap 6
    assertFalse(sample("pitStops", 7, 0));
    assertTrue(sample("pitStops", 7, 1), "a rival's pit stop triggers a rerun");
    assertFalse(sample("pitStops", 7, 1), "the same count does not");
    assertTrue(sample("safetyCarStatus", 0, 1), "safety car out");
    assertFalse(sample("safetyCarStatus", 0, 1));
    FieldObservation f = tracker.observe(0);
    assertEquals(FieldObservation.Neutralisation.SAFETY_CAR, f.neutralisation());
    CarObservation rival = f.cars().stream().filter(c -> c.car() == 7).findFirst().orElseThrow();
    assertEquals(List.of(6), rival.pitInLaps());
    assertTrue(sample("safetyCarStatus", 0, 0), "safety car in");
    assertEquals(FieldObservation.Neutralisation.NONE, tracker.observe(0).neutralisation());
  }

  /**
   * A feed that only answers lap boards (no track: in-laps are counted from the lap number); asking
   * it for samples or source health fails, as the tracker must not need them.
   */
  private final class BoardsOnly extends IdleFeed {
    BoardsOnly() {
      super("boards-only");
    }

    @Override
    public LapBoard lapBoard(int car) {
      return boards.getOrDefault(car, LapBoard.empty(car));
    }

    @Override
    public Subscription subscribe(String name, int capacityBlocks) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceHealth sourceHealth() {
      throw new UnsupportedOperationException();
    }
  }
}
