package dev.pitwall.analytics.race.montecarlo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.param.RaceFileReader;
import java.nio.file.Files;
import java.nio.file.Path;

final class McData {
  private McData() {}

  static Path dir(String sub) {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data"), sub);
    assumeTrue(Files.isDirectory(p), "shared data absent at " + p + "; skipping");
    return p;
  }

  static StochasticRace race(String name) {
    Path tum = dir("tum");
    return new StochasticRace(
        new CompiledRace(RaceFileReader.read(tum.resolve("pars_" + name + ".ini"))),
        McsFileReader.read(tum.resolve("pars_mcs.ini")));
  }
}
