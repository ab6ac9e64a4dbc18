package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.param.JsonReader;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Locates the shared TUM data for tests and applies the golden runs' documented overrides. */
final class RaceData {
  private RaceData() {}

  static Path dataDir() {
    return Path.of(System.getProperty("pitwall.data", "../shared/data"));
  }

  static Path tumDir() {
    Path p = dataDir().resolve("tum");
    assumeTrue(Files.isDirectory(p), "shared TUM data absent at " + p + "; skipping");
    return p;
  }

  static Path goldenDir() {
    Path p = dataDir().resolve("tum-golden");
    assumeTrue(Files.isDirectory(p), "TUM golden results absent at " + p + "; skipping");
    return p;
  }

  /** Names of the golden race folders, e.g. Spielberg_2019 (empty when the data is absent). */
  static Stream<String> goldenRaces() {
    Path p = dataDir().resolve("tum-golden");
    if (!Files.isDirectory(p)) {
      return Stream.of("(no shared data)");
    }
    try (Stream<Path> s = Files.list(p)) {
      return s
          .filter(Files::isDirectory)
          .map(x -> x.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The race file with the golden run's meta.json overrides applied. */
  @SuppressWarnings("unchecked")
  static RaceDefinition goldenDefinition(String race) throws IOException {
    RaceDefinition def = RaceFileReader.read(tumDir().resolve("pars_" + race + ".ini"));
    Map<String, Object> meta =
        (Map<String, Object>)
            JsonReader.parse(Files.readString(goldenDir().resolve(race).resolve("meta.json")));
    for (Object o : (List<Object>) meta.get("overrides")) {
      Map<String, Object> ov = (Map<String, Object>) o;
      if (!"b_fuel_perlap".equals(ov.get("key"))) {
        throw new IllegalStateException(race + ": unsupported override " + ov);
      }
      def = def.withTeamFuelPerLap((String) ov.get("car_pars"), (Double) ov.get("new"));
    }
    return def;
  }
}
