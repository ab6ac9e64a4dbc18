package dev.pitwall.storage.h2;

import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL of {@link dev.pitwall.core.session.annotation.SessionAnnotations} on the {@code events}
 * table (the table gaps of continued sessions live in): inserts and reads only, no UPDATE or DELETE
 * (deleting a whole session is the catalog's business).
 *
 * <p>Not thread-safe: the store serialises calls on its connection.
 */
final class H2SessionAnnotations {
  private final Connection connection;

  H2SessionAnnotations(Connection connection) {
    this.connection = connection;
  }

  /**
   * Checks an engineer's annotation against the session it goes to.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  static void check(SessionSummary s, AnnotationKind kind, long atNanos, String text) {
    if (!kind.byEngineer()) {
      throw new IllegalArgumentException(
          "a "
              + kind.id()
              + " is written by the store; expected "
              + AnnotationKind.engineerKinds());
    }
    if (kind.needsText() && text.isBlank()) {
      throw new IllegalArgumentException("a " + kind.id() + " needs a text");
    }
    if (atNanos < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "time %.3f s is before the session start", atNanos / 1e9));
    }
    // while recording the store only knows the durable samples; the live time runs ahead of them
    long endNanos = s.duration().toNanos();
    if (s.status() != SessionStatus.RECORDING && atNanos > endNanos) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "time %.3f s is after the end of session %d (%.3f s)",
              atNanos / 1e9,
              s.id(),
              endNanos / 1e9));
    }
  }

  void insert(long id, Annotation a) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO events(session_id, kind, start_nanos, end_nanos, text, author,"
                + " created_epoch_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setString(2, a.kind().id());
      p.setLong(3, a.startNanos());
      p.setLong(4, a.endNanos());
      p.setString(5, a.text());
      p.setString(6, a.author());
      if (a.createdAt().isPresent()) {
        p.setLong(7, a.createdAt().get().toEpochMilli());
      } else {
        p.setNull(7, Types.BIGINT);
      }
      p.executeUpdate();
    }
  }

  /** Events of kinds this version does not know are skipped rather than failing the read. */
  List<Annotation> read(long id) throws SQLException {
    List<Annotation> out = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT kind, start_nanos, end_nanos, text, author, created_epoch_ms FROM events"
                + " WHERE session_id = ? ORDER BY start_nanos, id")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Optional<AnnotationKind> kind = kind(rs.getString(1));
          long created = rs.getLong(6);
          Optional<Instant> createdAt =
              rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(created));
          if (kind.isPresent()) {
            out.add(
                new Annotation(
                    kind.get(),
                    rs.getLong(2),
                    rs.getLong(3),
                    rs.getString(4),
                    rs.getString(5),
                    createdAt));
          }
        }
      }
    }
    return out;
  }

  private static Optional<AnnotationKind> kind(String id) {
    try {
      return Optional.of(AnnotationKind.parse(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
