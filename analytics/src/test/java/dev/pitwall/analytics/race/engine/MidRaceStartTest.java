package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.param.RaceDefinition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A race continued from the state of a deterministic replay at lap N ({@link RaceSnapshot})
 * reproduces the reference's golden laps N+1..end: same positions, lap and race times within 1e-3
 * s. N runs over early, middle and late laps, and over every lap of the neutralisations and pit
 * stops of the race, where most state is carried (SC ghost car, out-laps, DRS delay).
 */
class MidRaceStartTest {
  static List<String> races() {
    return GoldenReplayTest.races();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("races")
  void continuesGoldenRaceFromAnyLap(String race) throws IOException {
    assumeTrue(!race.startsWith("("), "shared data absent; skipping");
    RaceDefinition def = RaceData.goldenDefinition(race);
    CompiledRace compiled = new CompiledRace(def);
    RaceEvents events = RaceEvents.fromSpec(compiled, def.events());
    RaceResult full = new RaceSimulator(compiled).simulate(events);
    Path dir = RaceData.goldenDir().resolve(race);
    Golden golden = Golden.read(dir, race, full);
    List<String> errors = new ArrayList<>();
    for (int n : startLaps(full)) {
      RaceSimulator sim = new RaceSimulator(compiled);
      RaceSnapshot at = sim.runTo(events, null, n);
      RaceResult cont = new RaceSimulator(compiled).simulateFrom(at);
      assertEquals(ResultStatus.VALID, cont.status(), race + " from lap " + n);
      golden.compare(cont, n + 1, "from lap " + n, errors);
    }
    assertTrue(errors.isEmpty(), race + ": " + errors.subList(0, Math.min(8, errors.size())));
  }

  /** Laps 0, 1, 2, a third, half, the second-to-last, and every lap touched by a stop or an FCY. */
  private static List<Integer> startLaps(RaceResult r) {
    List<Integer> laps = new ArrayList<>(List.of(0, 1, 2, r.totalLaps() / 3, r.totalLaps() / 2));
    laps.add(r.totalLaps() - 1);
    for (int lap = 1; lap < r.totalLaps(); lap++) {
      for (int d = 0; d < r.driverCount(); d++) {
        if (r.influences()[lap][d] != 0 && !laps.contains(lap)) {
          laps.add(lap);
          if (lap + 1 < r.totalLaps() && !laps.contains(lap + 1)) {
            laps.add(lap + 1);
          }
        }
      }
    }
    return laps;
  }

  /**
   * The same continuation from a state built only from what timing would show at lap N (race times,
   * sets, tyre ages, fuel, who pitted) instead of the simulator's arrays: laps N+1..end match the
   * golden files. Races without neutralisations, every lap from 1 to the second-to-last.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"Spielberg_2019", "Suzuka_2019", "Budapest_2019", "Melbourne_2017"})
  void continuesFromObservedStateAsFromSimulatedState(String race) throws IOException {
    RaceDefinition def = RaceData.goldenDefinition(race);
    CompiledRace compiled = new CompiledRace(def);
    RaceEvents events = RaceEvents.fromSpec(compiled, def.events());
    assertEquals(0, events.phaseCount(), race + " has no neutralisation");
    Golden golden =
        Golden.read(
            RaceData.goldenDir().resolve(race), race, new RaceSimulator(compiled).simulate(events));
    List<String> errors = new ArrayList<>();
    for (int n = 1; n < compiled.totalLaps(); n++) {
      RaceSnapshot sim = new RaceSimulator(compiled).runTo(events, null, n);
      ObservedRace seen = new ObservedRace(compiled, n);
      for (int d = 0; d < compiled.driverCount(); d++) {
        if (sim.running(d)) {
          seen.car(
              d,
              sim.raceTimeS(d),
              sim.stint(d),
              sim.tyreAgeLaps(d),
              sim.fuelKg(d),
              sim.pittedOnLastLap(d));
        } else {
          seen.retired(d, sim.progressLaps(d));
        }
      }
      RaceSnapshot observed = seen.snapshot();
      // retirements still to come are part of the race's own events, given as in the file
      RaceSimulator cont = new RaceSimulator(compiled);
      cont.runFrom(observed, pendingRetirements(events, sim), null);
      RaceResult r = cont.toResult();
      assertEquals(ResultStatus.VALID, r.status(), race + " from observed lap " + n);
      golden.compare(r, n + 1, "observed lap " + n, errors);
    }
    assertTrue(errors.isEmpty(), race + ": " + errors.subList(0, Math.min(8, errors.size())));
  }

  private static RaceEvents pendingRetirements(RaceEvents file, RaceSnapshot at) {
    RaceEvents out = new RaceEvents(at.driverCount());
    out.copyRetirementsFrom(file);
    for (int d = 0; d < at.driverCount(); d++) {
      if (!at.running(d)) {
        out.retire(d, Double.NaN);
      }
    }
    return out;
  }

  @Test
  void continuationWithChangedFutureDiffersOnlyAfterTheSnapshot() throws IOException {
    RaceDefinition def = RaceData.goldenDefinition("Spielberg_2019");
    CompiledRace compiled = new CompiledRace(def);
    RaceEvents events = RaceEvents.fromSpec(compiled, def.events());
    RaceSnapshot at = new RaceSimulator(compiled).runTo(events, null, 30);
    // a safety car on lap 40 (race progress) changes laps 40.. but not 1..30
    RaceEvents sc = new RaceEvents(compiled.driverCount());
    sc.addPhase(40.2, 43.0, true, Double.NaN, Double.NaN);
    RaceSimulator sim = new RaceSimulator(compiled);
    sim.runFrom(at, sc, null);
    RaceResult with = sim.toResult();
    RaceResult without = new RaceSimulator(compiled).simulateFrom(at);
    int leader = indexOfPosition(without, 30, 1);
    assertEquals(without.raceTimesS()[30][leader], with.raceTimesS()[30][leader], 0.0);
    assertEquals(without.raceTimesS()[39][leader], with.raceTimesS()[39][leader], 0.0);
    assertNotEquals(without.lapTimesS()[42][leader], with.lapTimesS()[42][leader]);
    assertEquals("sc", with.influence(42, leader));
    assertEquals("none", without.influence(42, leader));
  }

  @Test
  void refusesSnapshotOfAnotherField() throws IOException {
    CompiledRace a = new CompiledRace(RaceData.goldenDefinition("Spielberg_2019"));
    CompiledRace b = new CompiledRace(RaceData.goldenDefinition("Austin_2019"));
    RaceSnapshot at = new RaceSimulator(a).runTo(new RaceEvents(a.driverCount()), null, 5);
    assertThrows(IllegalArgumentException.class, () -> new RaceSimulator(b).simulateFrom(at));
  }

  private static int indexOfPosition(RaceResult r, int lap, int position) {
    for (int d = 0; d < r.driverCount(); d++) {
      if (r.positions()[lap][d] == position) {
        return d;
      }
    }
    throw new AssertionError("no P" + position);
  }
}
