package dev.pitwall.storage.h2;

import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.catalog.CatalogEntry;
import dev.pitwall.core.session.catalog.SessionQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Search, rename and delete of {@link H2SessionStore}. Callers serialise use of the connection. */
final class H2SessionCatalog {
  /** Every table holding rows of a session's channels, children before parents. */
  private static final String[] DELETE_CHANNEL_DATA = {
    "DELETE FROM chunk_index WHERE channel_id IN (SELECT id FROM channels WHERE session_id = ?)",
    "DELETE FROM chunks WHERE channel_id IN (SELECT id FROM channels WHERE session_id = ?)",
    "DELETE FROM open_chunks WHERE session_id = ?",
    "DELETE FROM channels WHERE session_id = ?",
    "DELETE FROM laps WHERE session_id = ?",
    "DELETE FROM events WHERE session_id = ?",
    "DELETE FROM sessions WHERE id = ?",
  };

  private final Connection connection;
  private final String name;

  H2SessionCatalog(Connection connection, String name) {
    this.connection = connection;
    this.name = name;
  }

  List<CatalogEntry> search(SessionQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder(H2SessionQueries.SUMMARY).append(" WHERE TRUE");
    List<Object> args = new ArrayList<>();
    q.startedFrom().ifPresent(from -> whereStartAtLeast(sql, args, from));
    q.startedBefore().ifPresent(before -> whereStartBefore(sql, args, before));
    like(sql, args, "s.track", q.track());
    like(sql, args, "s.car", q.car());
    like(sql, args, "s.driver", q.driver());
    sql.append(" ORDER BY s.start_epoch_s DESC, s.start_nano DESC, s.id DESC");
    try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      List<CatalogEntry> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(
              new CatalogEntry(
                  H2SessionQueries.summary(rs), Optional.ofNullable(rs.getString(14))));
        }
      }
      return out;
    }
  }

  private static void whereStartAtLeast(StringBuilder sql, List<Object> args, Instant from) {
    sql.append(" AND (s.start_epoch_s > ? OR (s.start_epoch_s = ? AND s.start_nano >= ?))");
    args.addAll(List.of(from.getEpochSecond(), from.getEpochSecond(), from.getNano()));
  }

  private static void whereStartBefore(StringBuilder sql, List<Object> args, Instant before) {
    sql.append(" AND (s.start_epoch_s < ? OR (s.start_epoch_s = ? AND s.start_nano < ?))");
    args.addAll(List.of(before.getEpochSecond(), before.getEpochSecond(), before.getNano()));
  }

  private static void like(
      StringBuilder sql, List<Object> args, String column, Optional<String> text) {
    if (text.isPresent()) {
      sql.append(" AND LOWER(").append(column).append(") LIKE ? ESCAPE '\\'");
      String escaped = text.get().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      args.add("%" + escaped + "%");
    }
  }

  void rename(long id, String title) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("UPDATE sessions SET title = ? WHERE id = ?")) {
      p.setString(1, title == null || title.isBlank() ? null : title.strip());
      p.setLong(2, id);
      if (p.executeUpdate() == 0) {
        throw noSuchSession(id);
      }
    }
  }

  /** Deletes everything of session {@code id} in one transaction. */
  void delete(long id) throws SQLException {
    SessionStatus status = status(id);
    if (status == SessionStatus.RECORDING) {
      throw new StoreException(
          "session " + id + " in " + name + " is being recorded: stop the recording first");
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      for (String sql : DELETE_CHANNEL_DATA) {
        try (PreparedStatement p = connection.prepareStatement(sql)) {
          p.setLong(1, id);
          p.executeUpdate();
        }
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private SessionStatus status(long id) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement("SELECT status FROM sessions WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw noSuchSession(id);
        }
        return SessionStatus.valueOf(rs.getString(1));
      }
    }
  }

  private StoreException noSuchSession(long id) {
    return new StoreException("there is no session " + id + " in " + name);
  }
}
