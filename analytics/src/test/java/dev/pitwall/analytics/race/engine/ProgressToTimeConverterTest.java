package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.param.JsonReader;
import dev.pitwall.analytics.race.param.RaceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The pre-simulation turns the file's progress phases into the reference's race times. */
class ProgressToTimeConverterTest {

  /** Golden races whose file gives neutralisations (the others have nothing to convert). */
  static List<String> races() {
    return GoldenReplayTest.races().stream()
        .filter(ProgressToTimeConverterTest::hasPhases)
        .toList();
  }

  private static boolean hasPhases(String race) {
    if (race.startsWith("(")) {
      return true;
    }
    try {
      return !RaceData.goldenDefinition(race).events().fcyPhases().isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("races")
  @SuppressWarnings("unchecked")
  void convertsNeutralisationsLikeTheReference(String race) throws IOException {
    assumeTrue(!race.startsWith("("), "shared data absent; skipping");
    RaceDefinition def = RaceData.goldenDefinition(race);
    Map<String, Object> meta =
        (Map<String, Object>)
            JsonReader.parse(
                Files.readString(RaceData.goldenDir().resolve(race).resolve("meta.json")));
    List<Object> expected = (List<Object>) meta.get("fcy_phases_time_domain");
    CompiledRace compiled = new CompiledRace(def);
    RaceEvents ev = RaceEvents.fromSpec(compiled, def.events());
    new ProgressToTimeConverter(compiled).convert(ev);
    assertEquals(expected.size(), ev.phaseCount, race);
    for (int p = 0; p < ev.phaseCount; p++) {
      List<Object> e = (List<Object>) expected.get(p);
      assertEquals((Double) e.get(0), ev.start[p], 1e-6, race + " phase " + p + " start");
      assertEquals(e.get(2).equals("SC"), ev.safetyCar[p], race + " phase " + p + " type");
      if (ev.safetyCar[p]) {
        assertEquals((Double) e.get(3), ev.scDelayS[p], 1e-6, race + " phase " + p + " SC delay");
        assertEquals(
            (Double) e.get(4), ev.scDurationLaps[p], 1e-9, race + " phase " + p + " SC laps");
      } else {
        assertEquals((Double) e.get(1), ev.end[p], 1e-6, race + " phase " + p + " end");
      }
    }
  }
}
