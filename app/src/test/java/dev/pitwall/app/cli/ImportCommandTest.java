package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.DesktopServices;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code pitwall import} end to end on the real files, into a real H2 file. */
class ImportCommandTest {
  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** Tianma, RaceChrono GPS lap 9: the short real session the export and archive tests use. */
  static final String TIANMA_LAP9 =
      "gps/racechrono_tianma/session_20251231_111318_tianma_lap9_v3.csv";

  static Path data(String relative) {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data")).resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(p), "real data not present: " + p);
    return p;
  }

  @ParameterizedTest
  @CsvSource({
    "session_20251231_111318_tianma_lap9_v3.csv, 76.329",
    "session_20251231_111959_tianma_lap13_v3.csv, 75.934"
  })
  void importsRaceChronoAndDetectsTheRealLapOnTheGpsLine(String file, double lapS) {
    Path f = data("gps/racechrono_tianma/" + file);
    Path db = dir.resolve("pw");
    CliRun r = run("import", f.toString(), "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("imported racechrono as session 1"), r.out());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      List<Lap> laps = store.laps(1);
      List<Lap> valid = laps.stream().filter(Lap::valid).toList();
      assertEquals(1, valid.size(), laps::toString);
      assertEquals(lapS, valid.get(0).lapTimeS(), 0.02);
      assertEquals("Tianma", store.session(1).orElseThrow().info().track());
    }
    CliRun laps = run("laps", "1", "--db", db.toString());
    assertEquals(0, laps.code(), laps.err());
  }

  @Test
  void coachTimesAGpsSessionOnTheStartLineTheUserGives() {
    Path f = data("gps/racechrono_tianma/session_20251231_111318_tianma_lap9_v3.csv");
    Path db = dir.resolve("pw");
    assertEquals(0, run("import", f.toString(), "--db", db.toString()).code());
    CliRun r =
        run(
            "coach",
            "1",
            "--json",
            "--start-line",
            "31.0789284,121.1151276,291",
            "--db",
            db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("defined by the user"), r.out());
    assertTrue(r.out().contains("76.3"), "the real lap time: " + r.out());
    CliRun bad = run("coach", "1", "--start-line", "31.07,north", "--db", db.toString());
    assertEquals(1, bad.code());
    assertTrue(bad.err().contains("give LAT,LON,HEADING"), bad.err());
  }

  @Test
  void importsGrCupTelemetryWithTheLapFromItsLapFiles() {
    Path f = data("gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv");
    Path db = dir.resolve("pw");
    CliRun r = run("import", f.toString(), "--format", "grcup", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("10000 samples, 1 laps"), r.out());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      assertEquals(10_000, store.session(1).orElseThrow().samples());
      assertEquals(103.729, store.laps(1).get(0).lapTimeS(), 1e-6);
    }
  }

  @Test
  void rejectsAForeignFileWithItsLineAndStoresNothing() throws Exception {
    Path f = Files.writeString(dir.resolve("notes.txt"), "shopping list\neggs\n");
    Path db = dir.resolve("pw");
    CliRun r = run("import", f.toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("line 1: not a known format"), r.err());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      assertTrue(store.sessions().isEmpty());
    }
  }
}
