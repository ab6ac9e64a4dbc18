package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: real simulated car, real H2 file, real exit codes and output. */
class CliTest {
  @TempDir static Path dir;
  static Path db;
  static CliRun recorded;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeAll
  static void recordFiveMinutesOfCota() {
    db = dir.resolve("pw");
    recorded = CliRun.recordSim(db, "cota", "320s", "--seed", "7");
  }

  @Test
  void recordPrintsSessionSamplesAndLaps() {
    assertEquals(0, recorded.code(), recorded.err());
    Matcher m =
        Pattern.compile("session (\\d+): (\\d+) samples, (\\d+) laps, best (\\d:\\d\\d\\.\\d{3})")
            .matcher(recorded.out());
    assertTrue(m.find(), recorded.out());
    // 28 channels x 100 Hz x 320 s of session time
    assertEquals(28L * 100 * 320, Long.parseLong(m.group(2)));
    assertTrue(Integer.parseInt(m.group(3)) >= 1, "at least one complete COTA lap in 320 s");
    assertTrue(Files.exists(dir.resolve("pw.mv.db")), "H2 file where --db said");
  }

  @Test
  void sessionsListsTheRecordingAsJson() {
    CliRun r = run("sessions", "--db", db.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"status\":\"COMPLETED\""), r.out());
    assertTrue(r.out().contains("\"track\":\"cota\""), r.out());
    assertTrue(r.out().contains("\"samples\":896000"), r.out());
  }

  @Test
  void lapsPrintsTheLapTableWithSectors() {
    CliRun r = run("laps", "1", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertTrue(
        lines[0].matches("CAR\\s+LAP\\s+TIME\\s+DELTA\\s+S1\\s+S2\\s+S3\\s+VALID"), lines[0]);
    assertTrue(
        lines[1].matches(
            "0\\s+1\\s+2:\\d\\d\\.\\d{3}\\s+[+-]\\d\\.\\d{3}(\\s+\\d\\d\\.\\d{3}){3}\\s+yes"),
        lines[1]);
    assertTrue(r.out().contains("+0.000"), "the best lap has delta +0.000: " + r.out());
  }

  @Test
  void channelsPrintsUnitRateAndStatistics() {
    CliRun r = run("channels", "1", "--db", db.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("\"name\":\"speed\",\"unit\":\"km/h\",\"rateHz\":100,\"samples\":32000"),
        r.out());
    CliRun table = run("channels", "1", "--db", db.toString());
    assertTrue(
        table.out().lines().anyMatch(l -> l.matches("speed\\s+km/h\\s+100\\.000 Hz\\s+32000\\s.*")),
        table.out());
  }

  @Test
  void unknownTrackIsAOneLineFailure() {
    CliRun r = run("record", "--track", "nowhere", "--duration", "1s", "--db", db.toString());
    assertEquals(1, r.code());
    assertEquals(
        "pitwall: unknown track 'nowhere'; known tracks: cota, spa, monza, silverstone, suzuka, zandvoort",
        r.err().strip());
  }

  @Test
  void unknownSourceIsAOneLineFailure() {
    CliRun r =
        run("record", "--source", "carrier-pigeon:1", "--duration", "1s", "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("pitwall: unknown source 'carrier-pigeon:1'"), r.err());
    assertEquals(1, r.err().strip().lines().count());
  }

  @Test
  void badDurationIsAUsageError() {
    CliRun r = run("record", "--duration", "3 laps", "--db", db.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void unwritableDatabaseIsAOneLineFailure() throws Exception {
    // a directory cannot be created below a regular file, not even by root
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    CliRun r = run("sessions", "--db", file.resolve("sub/pw").toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("pitwall: cannot create database"), r.err());
  }

  @Test
  void missingSessionIsAOneLineFailure() {
    CliRun r = run("laps", "4242", "--db", db.toString());
    assertEquals(1, r.code());
    assertEquals(
        "pitwall: no session 4242 in this database (see 'pitwall sessions')", r.err().strip());
  }
}
