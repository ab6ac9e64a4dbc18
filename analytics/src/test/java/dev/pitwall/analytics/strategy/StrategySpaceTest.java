package dev.pitwall.analytics.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.param.PitStop;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrategySpaceTest {
  private final StrategySpace space =
      new StrategySpace(10, 50, List.of("A5", "A4", "A3"), Set.of("A4"), true);

  @Test
  void noStopBreaksTheTwoCompoundRuleOnOneDryCompound() {
    assertFalse(space.legal(new Strategy(List.of())));
    assertTrue(space.grid(0, 1).isEmpty());
  }

  @Test
  void wetRaceLiftsTheTwoCompoundRule() {
    StrategySpace wet = new StrategySpace(10, 50, List.of("I"), Set.of("I"), true);
    assertEquals(1, wet.grid(0, 1).size());
  }

  @Test
  void oneStopGridCoversEveryLapAndLegalCompound() {
    List<Strategy> plans = space.grid(1, 1);
    // laps 11..47 (min stint 3 to the flag) x compounds other than A4 alone
    assertEquals(37 * 2, plans.size());
    assertTrue(plans.stream().allMatch(p -> p.nextPitLap() > 10 && p.nextPitLap() <= 47));
  }

  @Test
  void stopsKeepTheMinimumStintApart() {
    for (Strategy s : space.grid(3, 2)) {
      List<PitStop> stops = s.futureStops();
      for (int i = 1; i < stops.size(); i++) {
        assertTrue(stops.get(i).inlap() - stops.get(i - 1).inlap() >= StrategySpace.MIN_STINT_LAPS);
      }
    }
  }

  @Test
  void neighboursStayLegalAndInsideTheRace() {
    Strategy s = new Strategy(List.of(new PitStop(11, "A3", 0, 0.0)));
    List<Strategy> n = space.neighbours(s, 2);
    assertEquals(List.of(11, 12, 13), n.stream().map(Strategy::nextPitLap).toList());
  }
}
