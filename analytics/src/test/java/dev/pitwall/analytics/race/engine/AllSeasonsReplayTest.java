package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import dev.pitwall.analytics.race.param.RaceParamException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shipped race file (2014-2019) either replays to a valid result or is rejected with a
 * located message for the same reasons as the reference: 106 of 121 replay.
 */
class AllSeasonsReplayTest {

  @Test
  void replaysTheSameFilesAsTheReference() throws IOException {
    Path dir = RaceData.tumDir();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("pars_.*_\\d{4}\\.ini"))
              .sorted()
              .toList();
    }
    int valid = 0;
    List<String> rejected = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Path f : files) {
      RaceDefinition def;
      try {
        def = RaceFileReader.read(f);
      } catch (RaceParamException e) {
        rejected.add(e.getMessage());
        continue;
      }
      CompiledRace race = new CompiledRace(def);
      ResultStatus st =
          new RaceSimulator(race).simulate(RaceEvents.fromSpec(race, def.events())).status();
      if (st == ResultStatus.VALID) {
        valid++;
      } else {
        invalid.add(f.getFileName() + ": " + st);
      }
    }
    assertEquals(121, files.size());
    assertEquals(106, valid, "rejected " + rejected + " invalid " + invalid);
    assertEquals(
        12,
        rejected.stream().filter(m -> m.contains("neutralisations intersect")).count(),
        rejected.toString());
    assertEquals(
        2,
        rejected.stream().filter(m -> m.contains("t_gap_racepace")).count(),
        rejected.toString());
    assertEquals(List.of("pars_Silverstone_2014.ini: ONE_COMPOUND"), invalid);
  }
}
