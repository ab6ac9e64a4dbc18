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
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opens a file written by the schema V1 store (see resources/migration/README.md). */
class SchemaMigrationTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final Channel RPM_CAR_1 = new Channel("rpm", "rpm", 100, 1);

  @TempDir Path dir;

  private Path v1File() throws Exception {
    Path db = dir.resolve("old.mv.db");
    try (InputStream in = getClass().getResourceAsStream("/migration/pitwall-v1.mv.db")) {
      Files.copy(in, db);
    }
    return db;
  }

  @Test
  void versionOneFileOpensWithAllItsSessionsSamplesAndLaps() throws Exception {
    Path db = v1File();
    try (H2SessionStore store = H2SessionStore.open(db)) {
      List<SessionSummary> sessions = store.sessions();
      assertEquals(2, sessions.size());
      SessionSummary recorded = sessions.get(1);
      assertEquals("GR86 #7", recorded.info().car());
      assertEquals(SessionStatus.COMPLETED, recorded.status());
      assertEquals(10_000, recorded.samples());
      assertEquals(SessionStatus.INTERRUPTED, sessions.get(0).status(), "left recording in V1");

      SampleBlock speed = store.read(recorded.id(), SPEED, 0, Long.MAX_VALUE);
      SampleBlock rpm = store.read(recorded.id(), RPM_CAR_1, 0, Long.MAX_VALUE);
      assertEquals(5000, speed.size());
      for (int k = 0; k < 5000; k++) {
        assertEquals(k * 10_000_000L, speed.timeNanos(k));
        assertEquals(100 + Math.sin(k / 50.0) * 80, speed.value(k), "speed " + k);
        assertEquals(6000 + k % 700, rpm.value(k), "rpm " + k);
      }
      SampleBlock window = store.read(recorded.id(), SPEED, 12_340_000_000L, 12_350_000_000L);
      assertEquals(1, window.size(), "the time index was built from the V1 chunks");
      assertEquals(
          List.of(new Lap(0, 1, 0, 25_000_000_000L, List.of(8.0, 8.5, 8.5), true)),
          store.laps(recorded.id()));
    }
    assertEquals(String.valueOf(H2Migrations.LATEST), schemaVersion(db));
    assertTrue(Files.size(dir.resolve("old.before-migration.zip")) > 0, "backup of the V1 file");
  }

  @Test
  void migratedFileTakesNewSessionsAndReopensWithoutMigratingAgain() throws Exception {
    Path db = v1File();
    long id;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      try (SessionRecording rec =
          store.startSession(new SessionInfo("c", "d", "t", "s", Instant.EPOCH))) {
        id = rec.sessionId();
        rec.append(SampleBlock.single(SPEED, 0, 1.25));
      }
    }
    Files.delete(dir.resolve("old.before-migration.zip"));
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(3, store.sessions().size());
      assertEquals(1.25, store.read(id, SPEED, 0, 1).value(0));
    }
    assertTrue(Files.notExists(dir.resolve("old.before-migration.zip")), "no second backup");
  }

  @Test
  void fileFromANewerPitWallIsRefusedWithBothVersions() throws Exception {
    Path db = dir.resolve("future.mv.db");
    H2SessionStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("future"))) {
      c.createStatement()
          .executeUpdate(
              "UPDATE pitwall_meta SET meta_value = '99' WHERE meta_key = 'schema_version'");
    }
    StoreException e = assertThrows(StoreException.class, () -> H2SessionStore.open(db));
    assertEquals(
        "database "
            + db
            + " has schema version 99; this PitWall reads versions 1 to "
            + H2Migrations.LATEST,
        e.getMessage());
  }

  private String schemaVersion(Path db) throws Exception {
    String base = db.toString().replace(".mv.db", "");
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT meta_value FROM pitwall_meta WHERE meta_key = 'schema_version'")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
