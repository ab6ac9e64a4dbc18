package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.param.RaceDefinition;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Red-flag suspension in the against-reality replay: gaps gone, tyre change free. */
class RedFlagReplayTest {

  @Test
  void neutralisesGapsAndMakesTheRedFlagTyreChangeFree() throws IOException {
    RaceDefinition def = RaceData.goldenDefinition("Spielberg_2019");
    CompiledRace race = new CompiledRace(def);
    RaceEvents events = RaceEvents.fromSpec(race, def.events());
    RaceResult plain = new RaceSimulator(race).simulate(events);
    int flag = 30;
    RaceResult red = RedFlagReplay.replay(race, events, List.of(flag));
    assertEquals(ResultStatus.VALID, red.status());
    double gap = race.rules.minTDistScS();
    double[] atFlag = red.raceTimesS()[flag].clone();
    Arrays.sort(atFlag);
    for (int i = 1; i < atFlag.length && Double.isFinite(atFlag[i]); i++) {
      assertEquals(gap, atFlag[i] - atFlag[i - 1], 1e-9, "gap " + i + " at the restart");
    }
    // the order at the restart is the order of the lap before the red flag
    assertArrayEquals(plain.positions()[flag - 1], red.positions()[flag]);
    // a driver whose file stop is on the red-flag lap gets the new set without losing time
    int stopper = -1;
    for (int d = 0; d < race.driverCount() && stopper < 0; d++) {
      stopper = race.stopAtInlap[d][flag] >= 0 ? d : -1;
    }
    assertTrue(stopper >= 0, "Spielberg 2019 has a stop on lap " + flag);
    assertEquals("pitinlap", plain.influence(flag, stopper));
    assertTrue(plain.influence(flag + 1, stopper).contains("pitoutlap"));
    assertEquals("none", red.influence(flag + 1, stopper));
  }

  @Test
  void raceWithoutRedFlagIsTheGoldenReplay() throws IOException {
    RaceDefinition def = RaceData.goldenDefinition("Austin_2019");
    CompiledRace race = new CompiledRace(def);
    RaceEvents events = RaceEvents.fromSpec(race, def.events());
    RaceResult plain = new RaceSimulator(race).simulate(events);
    RaceResult none = RedFlagReplay.replay(race, events, List.of());
    for (int lap = 0; lap <= plain.totalLaps(); lap++) {
      assertArrayEquals(plain.raceTimesS()[lap], none.raceTimesS()[lap], 0.0);
      assertArrayEquals(plain.positions()[lap], none.positions()[lap]);
    }
  }
}
