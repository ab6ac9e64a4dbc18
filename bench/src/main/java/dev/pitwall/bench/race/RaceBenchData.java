package dev.pitwall.bench.race;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.montecarlo.McsFileReader;
import dev.pitwall.analytics.race.montecarlo.StochasticRace;
import dev.pitwall.analytics.race.param.RaceFileReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads TUM race files for the benchmarks from -Dpitwall.data (default ../shared/data). */
final class RaceBenchData {
  private RaceBenchData() {}

  static Path tum() {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum");
    if (!Files.isDirectory(p)) {
      throw new IllegalStateException(
          "TUM data not found at " + p + "; pass -Dpitwall.data=<shared/data>");
    }
    return p;
  }

  static CompiledRace race(String name) {
    return new CompiledRace(RaceFileReader.read(tum().resolve("pars_" + name + ".ini")));
  }

  static StochasticRace stochastic(String name) {
    return new StochasticRace(race(name), McsFileReader.read(tum().resolve("pars_mcs.ini")));
  }
}
