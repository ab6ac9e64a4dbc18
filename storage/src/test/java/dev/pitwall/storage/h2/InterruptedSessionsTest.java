package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continuing and closing sessions that did not end normally (a store closed mid-recording). */
class InterruptedSessionsTest {
  private static final long PERIOD = 10_000_000L; // 100 Hz
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final Channel RPM = new Channel("rpm", "rpm", 100);
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");
  private static final SessionInfo INFO = new SessionInfo("car", "drv", "cota", "sim:cota", START);

  @TempDir Path dir;

  /** 100 Hz samples i0..i0+n-1 of {@code ch}: time i * 10 ms, value a function of i. */
  private static SampleBlock block(Channel ch, int i0, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = (i0 + k) * PERIOD;
      v[k] = value(ch, i0 + k);
    }
    return new SampleBlock(ch, t, v, n);
  }

  private static double value(Channel ch, int i) {
    return ch == SPEED ? Math.round(1000 * Math.sin(i * 0.01)) / 100.0 : 1000 + i % 7000;
  }

  /** Records 30 s committed plus 5 s never committed, then closes the store under it. */
  private long interruptedSession(Path db) {
    H2SessionStore store = H2SessionStore.open(db);
    SessionRecording rec = store.startSession(INFO);
    for (int i = 0; i < 3000; i += 100) {
      rec.append(block(SPEED, i, 100));
      rec.append(block(RPM, i, 100));
      rec.commit();
    }
    rec.addLap(new Lap(0, 1, 2 * 1_000_000_000L, 20 * 1_000_000_000L, List.of(), true));
    rec.commit();
    rec.append(block(SPEED, 3000, 500)); // never committed: lost
    store.close(); // the process "dies": the recording is never finished
    return rec.sessionId();
  }

  @Test
  void continuedSessionAppendsAfterTheGapAndMarksIt() {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(SessionStatus.INTERRUPTED, store.session(id).orElseThrow().status());
      Instant now = START.plusSeconds(120);
      Continuation c = store.continueSession(id, now);
      assertEquals(2999 * PERIOD, c.lastDurableNanos());
      assertEquals(120_000_000_000L, c.resumeAtNanos(), "wall-clock time since the start");
      assertEquals(SessionStatus.RECORDING, store.session(id).orElseThrow().status());
      SessionRecording rec = c.recording();
      rec.append(block(SPEED, 0, 1000)); // a fresh source starts at time 0
      rec.append(block(RPM, 0, 1000));
      rec.addLap(new Lap(0, 1, 1_000_000_000L, 8_000_000_000L, List.of(3.0, 4.0), true));
      rec.finish(SessionStatus.COMPLETED);

      SessionSummary s = store.session(id).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, s.status());
      assertEquals(2 * (3000 + 1000), s.samples());
      SampleBlock speed = store.read(id, SPEED, 0, Long.MAX_VALUE);
      assertEquals(4000, speed.size());
      for (int k = 0; k < 4000; k++) {
        long expected = k < 3000 ? k * PERIOD : c.resumeAtNanos() + (k - 3000) * PERIOD;
        assertEquals(expected, speed.timeNanos(k), "time of sample " + k);
        assertEquals(value(SPEED, k < 3000 ? k : k - 3000), speed.value(k), "value " + k);
      }
      List<Lap> laps = store.laps(id);
      assertEquals(List.of(1, 2), laps.stream().map(Lap::number).toList());
      assertEquals(c.resumeAtNanos() + 1_000_000_000L, laps.get(1).startNanos());
      assertEquals(
          List.of(new SessionEvent(SessionEvent.GAP, 2999 * PERIOD, c.resumeAtNanos(), "")),
          store.events(id).stream()
              .map(e -> new SessionEvent(e.kind(), e.startNanos(), e.endNanos(), ""))
              .toList());
      assertTrue(store.events(id).get(0).text().contains("29.990 s to 120.000 s"));
    }
  }

  @Test
  void readsCachedWhileInterruptedSeeTheContinuationAndTheClose() {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    long resumeAt;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      // An interrupted session is finished, so this read fills the read cache (replay, analysis).
      assertEquals(3000, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      Continuation c = store.continueSession(id, START.plusSeconds(60));
      resumeAt = c.resumeAtNanos();
      c.recording().append(block(SPEED, 0, 200));
      c.recording().commit();
      assertEquals(3200, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
    } // the store goes down again: INTERRUPTED
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(3200, store.read(id, SPEED, 0, Long.MAX_VALUE).size()); // cached again
      store.closeSession(id, null); // merges chunks: the cached time index names the old ones
      SampleBlock all = store.read(id, SPEED, 0, Long.MAX_VALUE);
      assertEquals(3200, all.size());
      assertEquals(resumeAt + 199 * PERIOD, all.timeNanos(3199));
    }
  }

  @Test
  void aFastReplayResumesOneSecondAfterTheLastDurableSample() {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      Continuation c = store.continueSession(id, START.plusSeconds(3)); // wall time behind
      assertEquals(2999 * PERIOD + 1_000_000_000L, c.resumeAtNanos());
      c.recording().close();
    }
  }

  @Test
  void aContinuedSessionInterruptedAgainCanBeContinuedAgain() {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      SessionRecording rec = store.continueSession(id, START.plusSeconds(60)).recording();
      rec.append(block(SPEED, 0, 300));
      rec.commit(); // and the store goes down again
    }
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(SessionStatus.INTERRUPTED, store.session(id).orElseThrow().status());
      assertEquals(3000 + 300, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      Continuation c = store.continueSession(id, START.plusSeconds(100));
      assertEquals(60_000_000_000L + 299 * PERIOD, c.lastDurableNanos());
      c.recording().append(block(SPEED, 0, 100));
      c.recording().close();
      assertEquals(3400, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      assertEquals(2, store.events(id).size());
    }
  }

  @Test
  void closingMarksTheSessionCompleteMergesChunksAndReplacesLaps() throws Exception {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    List<Lap> recomputed =
        List.of(
            new Lap(0, 1, 1_000_000_000L, 11_000_000_000L, List.of(), true),
            new Lap(0, 2, 11_000_000_000L, 21_500_000_000L, List.of(), true));
    try (H2SessionStore store = H2SessionStore.open(db)) {
      store.closeSession(id, recomputed);
      SessionSummary s = store.session(id).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, s.status());
      assertEquals(recomputed, store.laps(id));
      assertEquals(6000, s.samples());
      assertEquals(3000, store.read(id, RPM, 0, Long.MAX_VALUE).size());
      StoreException again = assertThrows(StoreException.class, () -> store.closeSession(id, null));
      assertEquals(
          "session "
              + id
              + " in "
              + store.name()
              + " cannot be closed: it is COMPLETED; only INTERRUPTED or FAILED sessions can",
          again.getMessage());
    }
    assertEquals(2, chunkRows(db), "30 small chunks per channel merged into one");
    assertEquals(START.plus(Duration.ofMillis(29_990)), endOf(db, id));
  }

  @Test
  void aContinuedSessionCanBeDeletedWithItsEvents() {
    Path db = dir.resolve("pitwall");
    long id = interruptedSession(db);
    try (H2SessionStore store = H2SessionStore.open(db)) {
      store.continueSession(id, START.plusSeconds(60)).recording().close();
      assertEquals(1, store.events(id).size());
      store.delete(id);
      assertTrue(store.session(id).isEmpty());
      assertEquals(List.of(), store.events(id));
    }
  }

  @Test
  void aFailedSessionCanBeContinuedToo() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      rec.append(block(SPEED, 0, 100));
      rec.commit();
      rec.finish(SessionStatus.FAILED);
      Continuation c = store.continueSession(rec.sessionId(), START);
      assertEquals(99 * PERIOD + 1_000_000_000L, c.resumeAtNanos());
      c.recording().append(block(SPEED, 0, 100));
      c.recording().close();
      assertEquals(200, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
    }
  }

  @Test
  void refusesSessionsThatAreRecordingCompleteOrUnknown() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording recording = store.startSession(INFO);
      long id = recording.sessionId();
      StoreException busy =
          assertThrows(StoreException.class, () -> store.continueSession(id, START));
      assertEquals(
          "session "
              + id
              + " in "
              + store.name()
              + " cannot be continued: it is RECORDING"
              + " (being recorded)",
          busy.getMessage());
      recording.close();
      assertThrows(StoreException.class, () -> store.continueSession(id, START));
      StoreException unknown =
          assertThrows(StoreException.class, () -> store.closeSession(99, List.of()));
      assertEquals("there is no session 99 in " + store.name(), unknown.getMessage());
      assertEquals(SessionStatus.COMPLETED, store.session(id).orElseThrow().status());
    }
  }

  private static long chunkRows(Path db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM chunk_index")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Instant endOf(Path db, long id) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db);
        ResultSet rs =
            c.createStatement()
                .executeQuery("SELECT end_epoch_s, end_nano FROM sessions WHERE id = " + id)) {
      rs.next();
      return Instant.ofEpochSecond(rs.getLong(1), rs.getInt(2));
    }
  }
}
