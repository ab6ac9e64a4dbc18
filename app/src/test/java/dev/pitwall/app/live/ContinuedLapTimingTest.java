package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lap timing of a session continued after an interruption: a 320 s simulator session at COTA
 * (laps 1 and 2 complete, lap 3 under way) dies; a fresh simulator, whose car starts 40 m before
 * the line, is recorded into it. Before the fix the continued session's lap timer started from
 * scratch: its board showed a "lap 1" 0.9 s old and none of the laps driven before.
 */
class ContinuedLapTimingTest {
  private static final double MAX_SPEED = Double.POSITIVE_INFINITY;
  @TempDir Path dir;

  /** Records, then leaves the session as a crash does; {@code loseLaps}: no lap rows either. */
  private long crashedSession(Path db, boolean loseLaps) throws Exception {
    RecordResult r =
        new DesktopServices()
            .record(
                new SourceRequest("sim", "cota", 1, 3L, MAX_SPEED, Duration.ofSeconds(320)), db);
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db)) {
      c.createStatement()
          .executeUpdate("UPDATE sessions SET status = 'RECORDING' WHERE id = " + r.sessionId());
      if (loseLaps) {
        c.createStatement().executeUpdate("DELETE FROM laps WHERE session_id = " + r.sessionId());
      }
    }
    return r.sessionId();
  }

  private record Continued(LiveSession session, Continuation continuation) {}

  private static Continued continueFor(H2SessionStore store, long id, Duration sourceTime)
      throws Exception {
    SourceFactory.Prepared sim =
        new SourceFactory(TrackCatalog.builtIn())
            .create(new SourceRequest("sim", "cota", 1, 3L, MAX_SPEED, sourceTime));
    Continuation c = store.continueSession(id, Instant.now());
    LiveSession session =
        LiveSession.continueInto(
            sim.source(),
            store,
            c,
            store.session(id).orElseThrow().info(),
            sim.track(),
            sourceTime,
            sim.channelMap());
    assertTrue(session.awaitEnd(Duration.ofSeconds(60)), "the continued source ended");
    return new Continued(session, c);
  }

  @Test
  void rightAfterContinuingTheBoardShowsTheLapsSoFarAndLapThreeUnderWay() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db, false);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      List<Lap> before = store.laps(id);
      Continued c = continueFor(store, id, Duration.ofSeconds(3));
      LapBoard board = c.session().lapBoard(0);
      c.session().close();

      assertEquals(List.of(1, 2), numbers(board.completedLaps()), board.toString());
      for (Lap lap : board.completedLaps()) {
        assertTrue(lap.lapTimeS() > 140 && lap.lapTimeS() < 160, "a COTA lap: " + lap);
      }
      assertEquals(3, board.currentLapNumber(), "the lap after the line is lap 3, not lap 1");
      assertTrue(board.currentLapElapsedS() < 3, "lap 3 started after continuing: " + board);
      assertEquals(before, store.laps(id), "no lap stored or renumbered by 3 s of driving");
      assertTrue(
          c.session().sessionTimeS() * 1e9 >= c.continuation().resumeAtNanos(),
          "marks land after the gap, not at the session start: " + c.session().sessionTimeS());
    }
  }

  @Test
  void theFirstFullLapAfterContinuingIsStoredAsLapThreeAfterTheGap() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db, false);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      Continued c = continueFor(store, id, Duration.ofSeconds(170));
      List<Lap> live = c.session().laps();
      LapBoard board = c.session().lapBoard(0);
      c.session().close();
      List<Lap> stored = store.laps(id);

      assertEquals(List.of(3), numbers(live));
      assertEquals(List.of(1, 2, 3), numbers(board.completedLaps()));
      assertEquals(List.of(1, 2, 3), numbers(stored));
      Lap lap3 = stored.get(2);
      long resumeAt = c.continuation().resumeAtNanos();
      assertTrue(
          lap3.startNanos() > resumeAt && lap3.startNanos() < resumeAt + 2_000_000_000L,
          "lap 3 starts at the first crossing after the gap: " + lap3 + ", resumed at " + resumeAt);
      assertTrue(lap3.lapTimeS() > 140 && lap3.lapTimeS() < 160, lap3.toString());
      assertTrue(stored.stream().allMatch(l -> l.lapTimeS() > 140), stored.toString());
    }
  }

  @Test
  void lapsLostWithTheCrashAreRecoveredFromTheSamplesAndStored() throws Exception {
    Path db = dir.resolve("pw");
    long id = crashedSession(db, true);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(List.of(), store.laps(id));
      Continued c = continueFor(store, id, Duration.ofSeconds(3));
      LapBoard board = c.session().lapBoard(0);
      c.session().close();

      assertEquals(List.of(1, 2), numbers(board.completedLaps()), board.toString());
      assertEquals(3, board.currentLapNumber());
      List<Lap> stored = store.laps(id);
      assertEquals(List.of(1, 2), numbers(stored));
      assertTrue(stored.get(0).startNanos() < 2_000_000_000L, "where lap 1 was driven: " + stored);
      assertTrue(stored.get(1).endNanos() < 320_000_000_000L, stored.toString());
    }
  }

  private static List<Integer> numbers(List<Lap> laps) {
    return laps.stream().map(Lap::number).toList();
  }
}
