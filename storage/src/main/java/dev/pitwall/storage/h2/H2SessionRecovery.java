package dev.pitwall.storage.h2;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL of continuing and closing an interrupted or failed session ({@link
 * dev.pitwall.core.session.recovery.InterruptedSessions}). Every method runs in the caller's
 * transaction on the caller's connection (auto-commit off); single thread, as the connection.
 */
final class H2SessionRecovery {
  /** Least session time left between the last durable sample and the continued samples. */
  static final long MIN_GAP_NANOS = 1_000_000_000L;

  private final Connection connection;
  private final String databaseName;

  H2SessionRecovery(Connection connection, String databaseName) {
    this.connection = connection;
    this.databaseName = databaseName;
  }

  /**
   * Moves session {@code id} from INTERRUPTED or FAILED to {@code to}; fails with the reason when
   * it is in another state or does not exist.
   */
  void claim(long id, SessionStatus to, String action) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "UPDATE sessions SET status = ? WHERE id = ? AND status IN ('INTERRUPTED', 'FAILED')")) {
      p.setString(1, to.name());
      p.setLong(2, id);
      if (p.executeUpdate() == 1) {
        return;
      }
    }
    SessionStatus now = status(id);
    throw new StoreException(
        "session "
            + id
            + " in "
            + databaseName
            + " cannot be "
            + action
            + ": it is "
            + now
            + (now == SessionStatus.RECORDING
                ? " (being recorded)"
                : "; only INTERRUPTED or FAILED sessions can"));
  }

  private SessionStatus status(long id) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT status FROM sessions WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("there is no session " + id + " in " + databaseName);
        }
        return SessionStatus.valueOf(rs.getString(1));
      }
    }
  }

  /** Seals the open chunks a failed recording left (recovery on open seals those of crashes). */
  void sealOpenChunks(long id) throws SQLException {
    String[] sql = {
      "INSERT INTO chunks(channel_id, seq, session_id, min_nanos, max_nanos, samples,"
          + " stat_samples, min_value, max_value, sum_value, data, format)"
          + " SELECT channel_id, seq, session_id, min_nanos, max_nanos, samples, stat_samples,"
          + " min_value, max_value, sum_value, data, "
          + ChunkRows.FORMAT_COLUMNAR
          + " FROM open_chunks WHERE session_id = ?",
      "INSERT INTO chunk_index SELECT channel_id, seq, min_nanos, max_nanos, samples"
          + " FROM open_chunks WHERE session_id = ?",
      "DELETE FROM open_chunks WHERE session_id = ?",
    };
    for (String s : sql) {
      try (PreparedStatement p = connection.prepareStatement(s)) {
        p.setLong(1, id);
        p.executeUpdate();
      }
    }
  }

  /** Session time of the last durable sample of session {@code id}, or -1 without samples. */
  long lastDurableNanos(long id) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT MAX(max_nanos) FROM channels WHERE session_id = ? AND samples > 0")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        long v = rs.getLong(1);
        return rs.wasNull() ? -1 : v;
      }
    }
  }

  /** Where continued samples start: see {@link #MIN_GAP_NANOS} and the port's contract. */
  long resumeAt(long id, long lastDurableNanos, Instant now) throws SQLException {
    Instant start = start(id);
    long wallNanos = Math.max(0, java.time.Duration.between(start, now).toNanos());
    long afterLast = lastDurableNanos < 0 ? 0 : lastDurableNanos + MIN_GAP_NANOS;
    return Math.max(afterLast, wallNanos);
  }

  Instant start(long id) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT start_epoch_s, start_nano FROM sessions WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return Instant.ofEpochSecond(rs.getLong(1), rs.getInt(2));
      }
    }
  }

  /** The stored channels of session {@code id} as chunkers that continue their numbering. */
  Map<Channel, ChannelChunker> restoreChunkers(long id) throws SQLException {
    Map<Channel, ChannelChunker> out = new HashMap<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT c.id, c.car, c.name, c.unit, c.nominal_rate_hz, c.samples, c.stat_samples,"
                + " c.min_value, c.max_value, c.sum_value, c.min_nanos, c.max_nanos,"
                + " (SELECT COALESCE(MAX(seq) + 1, 0) FROM chunk_index i"
                + "  WHERE i.channel_id = c.id)"
                + " FROM channels c WHERE c.session_id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          long channelId = rs.getLong(1);
          Channel ch = new Channel(rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getInt(2));
          ChannelChunker chunker =
              new ChannelChunker(channelId, rs.getInt(13), ChannelChunker.CHUNK_SAMPLES);
          chunker.restore(
              new ChannelChunker.Totals(
                  channelId,
                  rs.getLong(6),
                  rs.getLong(7),
                  doubleOrNaN(rs, 8),
                  doubleOrNaN(rs, 9),
                  rs.getDouble(10),
                  longOr(rs, 11, Long.MAX_VALUE),
                  longOr(rs, 12, Long.MIN_VALUE)));
          out.put(ch, chunker);
        }
      }
    }
    return out;
  }

  /** The highest lap number of each car of session {@code id}. */
  Map<Integer, Integer> lastLapNumbers(long id) throws SQLException {
    Map<Integer, Integer> out = new HashMap<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT car, MAX(number) FROM laps WHERE session_id = ? GROUP BY car")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getInt(1), rs.getInt(2));
        }
      }
    }
    return out;
  }

  void addEvent(long id, SessionEvent e) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO events(session_id, kind, start_nanos, end_nanos, text)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setString(2, e.kind());
      p.setLong(3, e.startNanos());
      p.setLong(4, e.endNanos());
      p.setString(5, e.text());
      p.executeUpdate();
    }
  }

  /** The gap event between the last durable sample and the resume point. */
  static SessionEvent gap(long lastDurableNanos, long resumeAtNanos, Instant now) {
    long from = Math.max(0, lastDurableNanos);
    return new SessionEvent(
        SessionEvent.GAP,
        from,
        resumeAtNanos,
        String.format(
            Locale.ROOT,
            "recording interrupted: no samples from %.3f s to %.3f s; continued at %s",
            from / 1e9,
            resumeAtNanos / 1e9,
            now));
  }

  List<SessionEvent> events(long id) throws SQLException {
    List<SessionEvent> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT kind, start_nanos, end_nanos, text FROM events WHERE session_id = ?"
                + " ORDER BY start_nanos, id")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new SessionEvent(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
        }
      }
    }
    return out;
  }

  /** Replaces the laps of session {@code id}. */
  void replaceLaps(long id, List<Lap> laps) throws SQLException {
    try (PreparedStatement d =
            connection.prepareStatement("DELETE FROM laps WHERE session_id = ?");
        PreparedStatement p =
            connection.prepareStatement(
                "INSERT INTO laps(session_id, car, number, start_nanos, end_nanos, sectors, valid)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      d.setLong(1, id);
      d.executeUpdate();
      for (Lap lap : laps) {
        p.setLong(1, id);
        p.setInt(2, lap.car());
        p.setInt(3, lap.number());
        p.setLong(4, lap.startNanos());
        p.setLong(5, lap.endNanos());
        p.setBytes(6, H2SessionRecording.sectorBytes(lap));
        p.setBoolean(7, lap.valid());
        p.executeUpdate();
      }
    }
  }

  /** Merges the small chunks of every channel of session {@code id}. */
  void mergeChunks(long id) throws SQLException {
    List<Long> channels = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement("SELECT id FROM channels WHERE session_id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          channels.add(rs.getLong(1));
        }
      }
    }
    try (ChunkRows rows = new ChunkRows(connection, id)) {
      ChunkMerger merger = new ChunkMerger(connection, rows);
      for (long channelId : channels) {
        merger.merge(channelId);
      }
    }
  }

  /** Marks session {@code id} COMPLETED, ending at its last durable sample. */
  void complete(long id) throws SQLException {
    long last = Math.max(0, lastDurableNanos(id));
    Instant end = start(id).plusNanos(last);
    try (PreparedStatement p =
        connection.prepareStatement(
            "UPDATE sessions SET status = ?, end_epoch_s = ?, end_nano = ? WHERE id = ?")) {
      p.setString(1, SessionStatus.COMPLETED.name());
      p.setLong(2, end.getEpochSecond());
      p.setInt(3, end.getNano());
      p.setLong(4, id);
      p.executeUpdate();
    }
  }

  private static double doubleOrNaN(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? Double.NaN : v;
  }

  private static long longOr(ResultSet rs, int column, long otherwise) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? otherwise : v;
  }
}
