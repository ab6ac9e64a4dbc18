package dev.pitwall.storage.h2;

import dev.pitwall.core.session.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * Versioned schema migrations, run in order when a database is opened (ADR 0201 says why this is
 * hand-written and not Flyway). The version lives in {@code pitwall_meta.schema_version}; every
 * applied step is also recorded in {@code schema_history}.
 *
 * <p>H2 commits each DDL statement on its own, so a step cannot be one transaction. Instead every
 * step is re-runnable (IF NOT EXISTS, rebuilt derived tables) and the version is bumped last: a
 * step interrupted by a crash simply runs again. Before the first step on an existing file, the
 * file is backed up with H2's {@code BACKUP TO} (a consistent zip of the open database).
 */
final class H2Migrations {
  static final int LATEST = 2;

  private static final String[][] STEPS = {
    {}, // version 0 does not exist
    {}, // version 1 is the base schema (H2Schema)
    {
      "columnar chunks with a time index, open chunks, session titles",
      "CREATE TABLE IF NOT EXISTS schema_history(version INT PRIMARY KEY,"
          + " description VARCHAR NOT NULL, applied_epoch_s BIGINT NOT NULL)",
      // 1 = ChunkCodec (V1 rows), 2 = ColumnarChunkCodec
      "ALTER TABLE chunks ADD COLUMN IF NOT EXISTS format TINYINT DEFAULT 1 NOT NULL",
      "ALTER TABLE sessions ADD COLUMN IF NOT EXISTS title VARCHAR",
      // the time index: small rows, so a window read finds its chunks without loading any data
      "CREATE TABLE IF NOT EXISTS chunk_index(channel_id BIGINT NOT NULL, seq INT NOT NULL,"
          + " min_nanos BIGINT NOT NULL, max_nanos BIGINT NOT NULL, samples INT NOT NULL,"
          + " PRIMARY KEY(channel_id, seq))",
      "DELETE FROM chunk_index",
      "INSERT INTO chunk_index SELECT channel_id, seq, min_nanos, max_nanos, samples FROM chunks",
      // the not yet full chunk of each channel being recorded, rewritten in place at each commit
      "CREATE TABLE IF NOT EXISTS open_chunks(channel_id BIGINT PRIMARY KEY REFERENCES"
          + " channels(id), session_id BIGINT NOT NULL, seq INT NOT NULL,"
          + " min_nanos BIGINT NOT NULL, max_nanos BIGINT NOT NULL, samples INT NOT NULL,"
          + " stat_samples INT NOT NULL, min_value DOUBLE PRECISION, max_value DOUBLE PRECISION,"
          + " sum_value DOUBLE PRECISION, data VARBINARY NOT NULL)",
      "CREATE INDEX IF NOT EXISTS sessions_start ON sessions(start_epoch_s, start_nano)",
    },
  };

  private final Connection connection;
  private final String name;

  H2Migrations(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  /**
   * Brings the schema from {@code version} to {@link #LATEST}.
   *
   * @param backup where to write a zip backup before the first step, or null for none
   */
  void migrate(int version, Path backup) throws SQLException {
    if (version < LATEST && backup != null) {
      backUp(backup);
    }
    for (int v = version + 1; v <= LATEST; v++) {
      try (Statement s = connection.createStatement()) {
        for (int i = 1; i < STEPS[v].length; i++) {
          s.execute(STEPS[v][i]);
        }
      } catch (SQLException e) {
        throw new StoreException(
            "cannot migrate database "
                + name
                + " to schema version "
                + v
                + ": "
                + H2Errors.firstLine(e)
                + (backup != null ? " (a backup is in " + backup + ")" : ""),
            e);
      }
      record(v);
    }
  }

  private void backUp(Path backup) throws SQLException {
    if (Files.exists(backup)) {
      return; // an earlier, interrupted migration already saved the original
    }
    try (PreparedStatement p = connection.prepareStatement("BACKUP TO ?")) {
      p.setString(1, backup.toString());
      p.execute();
    }
  }

  private void record(int v) throws SQLException {
    try (PreparedStatement p =
            connection.prepareStatement(
                "MERGE INTO schema_history(version, description, applied_epoch_s) VALUES (?, ?, ?)");
        PreparedStatement meta =
            connection.prepareStatement(
                "UPDATE pitwall_meta SET meta_value = ? WHERE meta_key = 'schema_version'")) {
      p.setInt(1, v);
      p.setString(2, STEPS[v][0]);
      p.setLong(3, Instant.now().getEpochSecond());
      p.executeUpdate();
      meta.setString(1, String.valueOf(v));
      meta.executeUpdate();
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }
}
