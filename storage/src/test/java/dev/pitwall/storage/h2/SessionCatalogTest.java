package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.catalog.CatalogEntry;
import dev.pitwall.core.session.catalog.SessionQuery;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCatalogTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final Instant DAY1 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant DAY2 = Instant.parse("2026-11-21T10:00:00Z");
  private static final Instant DAY3 = Instant.parse("2026-11-22T10:00:00Z");

  @TempDir Path dir;

  private static long record(
      H2SessionStore store, String car, String driver, String track, Instant start) {
    try (SessionRecording rec =
        store.startSession(new SessionInfo(car, driver, track, "sim", start))) {
      long[] t = new long[5000];
      double[] v = new double[5000];
      for (int i = 0; i < t.length; i++) {
        t[i] = i * 10_000_000L;
        v[i] = i;
      }
      rec.append(new SampleBlock(SPEED, t, v, t.length));
      rec.addLap(new Lap(0, 1, 0, 40_000_000_000L, List.of(), true));
      return rec.sessionId();
    }
  }

  private static List<Long> ids(List<CatalogEntry> entries) {
    return entries.stream().map(e -> e.summary().id()).toList();
  }

  @Test
  void searchesByTrackCarDriverAndDateCaseInsensitively() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long a = record(store, "GR86 #7", "Ana Silva", "COTA GP", DAY1);
      long b = record(store, "GR86 #8", "Ben Okafor", "Spa", DAY2);
      long c = record(store, "RAV4", "ana silva", "cota national", DAY3);
      assertEquals(List.of(c, b, a), ids(store.search(SessionQuery.all())));
      assertEquals(List.of(c, a), ids(store.search(SessionQuery.all().track("Cota"))));
      assertEquals(List.of(b, a), ids(store.search(SessionQuery.all().car("gr86"))));
      assertEquals(List.of(c, a), ids(store.search(SessionQuery.all().driver("ANA"))));
      assertEquals(
          List.of(b),
          ids(store.search(SessionQuery.all().startedBetween(DAY2, DAY3))),
          "[from, before)");
      assertEquals(
          List.of(a),
          ids(store.search(SessionQuery.all().track("cota").car("86"))),
          "all must match");
      assertEquals(List.of(), ids(store.search(SessionQuery.all().track("100%"))), "% is literal");
    }
  }

  @Test
  void renameSetsAndClearsTheTitle() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long a = record(store, "GR86", "Ana", "cota", DAY1);
      store.rename(a, "  Qualifying, new tyres ");
      assertEquals(
          Optional.of("Qualifying, new tyres"), store.search(SessionQuery.all()).get(0).title());
      store.rename(a, " ");
      assertEquals(Optional.empty(), store.search(SessionQuery.all()).get(0).title());
      StoreException e = assertThrows(StoreException.class, () -> store.rename(a + 7, "x"));
      assertEquals("there is no session " + (a + 7) + " in " + store.name(), e.getMessage());
    }
  }

  @Test
  void deleteRemovesEveryRowOfTheSessionAndNothingElse() throws Exception {
    Path db = dir.resolve("pitwall");
    long keep;
    long gone;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      keep = record(store, "GR86", "Ana", "cota", DAY1);
      gone = record(store, "GR86", "Ben", "spa", DAY2);
      store.delete(gone);
      assertEquals(List.of(keep), ids(store.search(SessionQuery.all())));
      assertEquals(5000, store.read(keep, SPEED, 0, Long.MAX_VALUE).size());
      assertEquals(1, store.laps(keep).size());
      StoreException e = assertThrows(StoreException.class, () -> store.delete(gone));
      assertEquals("there is no session " + gone + " in " + store.name(), e.getMessage());
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db)) {
      for (String table : List.of("chunks", "open_chunks", "channels", "laps")) {
        assertEquals(
            0, count(c, "SELECT COUNT(*) FROM " + table + " WHERE session_id = " + gone), table);
        assertTrue(
            count(c, "SELECT COUNT(*) FROM " + table + " WHERE session_id = " + keep) > 0
                || table.equals("open_chunks"),
            table);
      }
      assertEquals(
          count(c, "SELECT COUNT(*) FROM chunks"),
          count(c, "SELECT COUNT(*) FROM chunk_index"),
          "no index rows left without their chunk");
    }
  }

  @Test
  void sessionBeingRecordedCannotBeDeleted() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(new SessionInfo("c", "d", "t", "s", DAY1));
      rec.append(SampleBlock.single(SPEED, 0, 1));
      rec.commit();
      StoreException e = assertThrows(StoreException.class, () -> store.delete(rec.sessionId()));
      assertEquals(
          "session "
              + rec.sessionId()
              + " in "
              + store.name()
              + " is being recorded: stop the recording first",
          e.getMessage());
      rec.close();
      store.delete(rec.sessionId());
      assertEquals(List.of(), store.sessions());
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
