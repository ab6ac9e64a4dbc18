package dev.pitwall.storage.h2;

import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Checks before {@link H2SessionStore} opens a file, and the recovery it runs after opening. */
final class H2FileChecks {
  private static final String ENCRYPTED_HEADER = "H2encrypt\n"; // H2's FilePathEncrypt

  private H2FileChecks() {}

  static void checkEncryption(String name, Path mvFile, boolean withPassword, Runnable release) {
    byte[] head = new byte[ENCRYPTED_HEADER.length()];
    int read;
    try (var in = Files.newInputStream(mvFile)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      release.run();
      throw new StoreException("cannot read database " + name + ": " + e.getMessage(), e);
    }
    boolean encrypted =
        read == head.length && ENCRYPTED_HEADER.equals(new String(head, StandardCharsets.US_ASCII));
    if (encrypted != withPassword) {
      release.run();
      throw new StoreException(
          encrypted
              ? "database " + name + " is encrypted: a password is needed to open it"
              : "database " + name + " is not encrypted: open it without a password");
    }
  }

  static void checkWritable(Path requested, Path mvFile) {
    Path dir = requested.getParent();
    try {
      Files.createDirectories(dir);
    } catch (IOException | SecurityException e) {
      throw new StoreException(
          "cannot create database " + requested + ": directory is not writable", e);
    }
    if (!Files.isWritable(dir) && !Files.exists(mvFile)) {
      throw new StoreException(
          "cannot create database " + requested + ": directory is not writable");
    }
    if (Files.exists(mvFile) && !Files.isWritable(mvFile)) {
      throw new StoreException("database " + mvFile + " is read-only");
    }
  }

  /**
   * Marks sessions of a process that died as INTERRUPTED and seals their open chunks; what they
   * committed stays. One transaction.
   */
  static void recoverInterrupted(Connection readConnection) throws SQLException {
    readConnection.setAutoCommit(false);
    try (Statement s = readConnection.createStatement()) {
      s.executeUpdate(
          "UPDATE sessions SET status = 'INTERRUPTED' WHERE status = '"
              + SessionStatus.RECORDING.name()
              + "'");
      s.executeUpdate(
          "INSERT INTO chunks(channel_id, seq, session_id, min_nanos, max_nanos, samples,"
              + " stat_samples, min_value, max_value, sum_value, data, format)"
              + " SELECT channel_id, seq, session_id, min_nanos, max_nanos, samples, stat_samples,"
              + " min_value, max_value, sum_value, data, "
              + ChunkRows.FORMAT_COLUMNAR
              + " FROM open_chunks");
      s.executeUpdate(
          "INSERT INTO chunk_index SELECT channel_id, seq, min_nanos, max_nanos, samples"
              + " FROM open_chunks");
      s.executeUpdate("DELETE FROM open_chunks");
      readConnection.commit();
    } catch (SQLException e) {
      readConnection.rollback();
      throw e;
    } finally {
      readConnection.setAutoCommit(true);
    }
  }
}
