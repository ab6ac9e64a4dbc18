package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitwall record --continue} and {@code pitwall sessions --close} on a session whose
 * recording died: a recorded simulator session is turned into what a crash leaves (status
 * RECORDING, no lap rows: the lap timer died with it), then the store is reopened by the command.
 */
class InterruptedSessionCliTest {
  @TempDir Path dir;

  private long crashedSession(Path db) throws Exception {
    CliRun r = CliRun.recordSim(db, "cota", "320s", "--seed", "3");
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("session (\\d+):").matcher(r.out());
    assertTrue(m.find(), r.out());
    long id = Long.parseLong(m.group(1));
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db)) {
      c.createStatement()
          .executeUpdate("UPDATE sessions SET status = 'RECORDING' WHERE id = " + id);
      c.createStatement().executeUpdate("DELETE FROM laps WHERE session_id = " + id);
    }
    return id;
  }

  @Test
  void closeMarksTheSessionCompleteAndRecomputesItsLaps() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db);
    CliRun r = CliRun.of("sessions", "--close", Long.toString(id), "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .matches("(?s)session " + id + " closed as COMPLETED: [1-9] laps \\(recomputed\\).*"),
        r.out());
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(SessionStatus.COMPLETED, store.session(id).orElseThrow().status());
      List<Lap> laps = store.laps(id);
      assertTrue(!laps.isEmpty() && laps.get(0).lapTimeS() > 140 && laps.get(0).lapTimeS() < 160);
    }
    CliRun again = CliRun.of("sessions", "--close", Long.toString(id), "--db", db.toString());
    assertEquals(1, again.code());
    assertTrue(again.err().contains("cannot be closed: it is COMPLETED"), again.err());
  }

  @Test
  void continueAppendsAfterAMarkedGap() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db);
    // no --source: the session's own (sim:cota?cars=1&seed=3&...), with a new duration
    CliRun r =
        CliRun.of(
            "record", "--continue", Long.toString(id), "--duration", "60s", "--db", db.toString());

    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("session " + id + ": "), r.out());
    try (H2SessionStore store = H2SessionStore.open(db)) {
      SessionSummary s = store.session(id).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, s.status());
      assertEquals(28L * 100 * (320 + 60), s.samples());
      List<SessionEvent> events = store.events(id);
      assertEquals(1, events.size());
      assertEquals(SessionEvent.GAP, events.get(0).kind());
      assertTrue(events.get(0).endNanos() >= 321_000_000_000L, events.toString());
    }
  }

  @Test
  void continuingCarriesTheLapsOnWithoutABogusLap() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db); // laps 1 and 2 driven, their rows lost, lap 3 cut short
    CliRun r =
        CliRun.of(
            "record", "--continue", Long.toString(id), "--duration", "170s", "--db", db.toString());
    assertEquals(0, r.code(), r.err());

    CliRun laps = CliRun.of("laps", Long.toString(id), "--json", "--db", db.toString());
    assertEquals(0, laps.code(), laps.err());
    Matcher lap = Pattern.compile("\"lap\":(\\d+),\"timeS\":([0-9.]+)").matcher(laps.out());
    StringBuilder numbers = new StringBuilder();
    while (lap.find()) {
      numbers.append(lap.group(1)).append(' ');
      double timeS = Double.parseDouble(lap.group(2));
      assertTrue(timeS > 140 && timeS < 160, "a COTA lap, never a stub: " + laps.out());
    }
    assertEquals("1 2 3 ", numbers.toString(), laps.out());
  }

  @Test
  void aSessionThatIsNotInterruptedCannotBeContinued() {
    Path db = dir.resolve("pw");
    CliRun rec = CliRun.recordSim(db, "cota", "5s");
    assertEquals(0, rec.code(), rec.err());
    CliRun r =
        CliRun.of(
            "record",
            "--continue",
            "1",
            "--source",
            "sim",
            "--duration",
            "5s",
            "--speed",
            "max",
            "--db",
            db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("cannot be continued: it is COMPLETED"), r.err());
  }
}
