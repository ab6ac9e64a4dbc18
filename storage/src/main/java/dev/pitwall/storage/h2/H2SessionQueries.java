package dev.pitwall.storage.h2;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.Channel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The read side of {@link H2SessionStore}. Callers serialise access to the connection. */
final class H2SessionQueries {
  /** Columns 1-13 make a {@link SessionSummary} ({@link #summary}), column 14 is the title. */
  static final String SUMMARY =
      "SELECT s.id, s.car, s.driver, s.track, s.source, s.start_epoch_s, s.start_nano, s.status,"
          + " (SELECT MIN(min_nanos) FROM channels c WHERE c.session_id = s.id),"
          + " (SELECT MAX(max_nanos) FROM channels c WHERE c.session_id = s.id),"
          + " (SELECT COALESCE(SUM(samples), 0) FROM channels c WHERE c.session_id = s.id),"
          + " (SELECT COUNT(*) FROM laps l WHERE l.session_id = s.id AND l.car = 0),"
          + " (SELECT MIN(end_nanos - start_nanos) FROM laps l"
          + "   WHERE l.session_id = s.id AND l.car = 0 AND l.valid), s.title"
          + " FROM sessions s";

  private final Connection connection;

  H2SessionQueries(Connection connection) {
    this.connection = connection;
  }

  List<SessionSummary> sessions() throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            SUMMARY + " ORDER BY s.start_epoch_s DESC, s.start_nano DESC, s.id DESC")) {
      return summaries(p);
    }
  }

  Optional<SessionSummary> session(long id) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(SUMMARY + " WHERE s.id = ?")) {
      p.setLong(1, id);
      return summaries(p).stream().findFirst();
    }
  }

  List<Lap> laps(long sessionId) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT car, number, start_nanos, end_nanos, sectors, valid FROM laps"
                + " WHERE session_id = ? ORDER BY car, number")) {
      p.setLong(1, sessionId);
      List<Lap> laps = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          laps.add(
              new Lap(
                  rs.getInt(1),
                  rs.getInt(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  H2SessionRecording.sectorsFrom(rs.getBytes(5)),
                  rs.getBoolean(6)));
        }
      }
      return laps;
    }
  }

  List<ChannelSummary> channels(long sessionId) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT car, name, unit, nominal_rate_hz, samples, min_value, max_value, sum_value,"
                + " stat_samples FROM channels WHERE session_id = ? ORDER BY id")) {
      p.setLong(1, sessionId);
      List<ChannelSummary> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Channel ch = new Channel(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(1));
          long statSamples = rs.getLong(9);
          boolean none = statSamples == 0;
          out.add(
              new ChannelSummary(
                  ch,
                  rs.getLong(5),
                  none ? Double.NaN : rs.getDouble(6),
                  none ? Double.NaN : rs.getDouble(7),
                  none ? Double.NaN : rs.getDouble(8) / statSamples));
        }
      }
      return out;
    }
  }

  private static List<SessionSummary> summaries(PreparedStatement p) throws SQLException {
    List<SessionSummary> out = new ArrayList<>();
    try (ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(summary(rs));
      }
    }
    return out;
  }

  static SessionSummary summary(ResultSet rs) throws SQLException {
    SessionInfo info =
        new SessionInfo(
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            Instant.ofEpochSecond(rs.getLong(6), rs.getInt(7)));
    long first = rs.getLong(9);
    boolean noSamples = rs.wasNull();
    long last = rs.getLong(10);
    long best = rs.getLong(13);
    OptionalDouble bestLapS = rs.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(best / 1e9);
    return new SessionSummary(
        rs.getLong(1),
        info,
        SessionStatus.valueOf(rs.getString(8)),
        noSamples ? Duration.ZERO : Duration.ofNanos(last - first),
        rs.getLong(11),
        rs.getInt(12),
        bestLapS);
  }
}
