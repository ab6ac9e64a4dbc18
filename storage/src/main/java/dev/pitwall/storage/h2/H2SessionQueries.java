package dev.pitwall.storage.h2;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
  private long chunksDecoded;

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

  /**
   * Samples in [from, to): finds the chunks in the time index first, then loads only those (and the
   * channel's open chunk if it overlaps).
   */
  SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos)
      throws SQLException {
    WindowCollector window = new WindowCollector(fromNanos, toNanos);
    long channelId = channelId(sessionId, channel);
    if (channelId < 0) {
      return window.toBlock(channel);
    }
    List<Integer> seqs = chunksInWindow(channelId, fromNanos, toNanos);
    if (!seqs.isEmpty()) {
      try (PreparedStatement p =
          connection.prepareStatement(
              "SELECT seq, samples, format, data FROM chunks"
                  + " WHERE channel_id = ? AND seq BETWEEN ? AND ? ORDER BY seq")) {
        p.setLong(1, channelId);
        p.setInt(2, seqs.get(0));
        p.setInt(3, seqs.get(seqs.size() - 1));
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            if (seqs.contains(rs.getInt(1))) {
              window.addChunk(rs.getInt(2), rs.getInt(3), rs.getBytes(4));
              chunksDecoded++;
            }
          }
        }
      }
    }
    readOpenChunk(channelId, window);
    return window.toBlock(channel);
  }

  /** Chunks decoded by reads so far: tests check that a window read touches only what it needs. */
  long chunksDecoded() {
    return chunksDecoded;
  }

  private long channelId(long sessionId, Channel channel) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT id FROM channels WHERE session_id = ? AND car = ? AND name = ?")) {
      p.setLong(1, sessionId);
      p.setInt(2, channel.car());
      p.setString(3, channel.name());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  private List<Integer> chunksInWindow(long channelId, long from, long to) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT seq FROM chunk_index WHERE channel_id = ? AND max_nanos >= ? AND min_nanos < ?"
                + " ORDER BY seq")) {
      p.setLong(1, channelId);
      p.setLong(2, from);
      p.setLong(3, to);
      List<Integer> seqs = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getInt(1));
        }
      }
      return seqs;
    }
  }

  private void readOpenChunk(long channelId, WindowCollector window) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT samples, data FROM open_chunks"
                + " WHERE channel_id = ? AND max_nanos >= ? AND min_nanos < ?")) {
      p.setLong(1, channelId);
      p.setLong(2, window.from);
      p.setLong(3, window.to);
      try (ResultSet rs = p.executeQuery()) {
        if (rs.next()) {
          window.addChunk(rs.getInt(1), ChunkRows.FORMAT_COLUMNAR, rs.getBytes(2));
          chunksDecoded++;
        }
      }
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

  /** Decodes chunks and keeps the samples inside [from, to), in time order. */
  private static final class WindowCollector {
    private final long from;
    private final long to;
    private long[] times = new long[ChannelChunker.CHUNK_SAMPLES];
    private double[] values = new double[ChannelChunker.CHUNK_SAMPLES];
    private final long[] chunkTimes = new long[ChannelChunker.CHUNK_SAMPLES];
    private final double[] chunkValues = new double[ChannelChunker.CHUNK_SAMPLES];
    private int size;
    private boolean sorted = true;

    WindowCollector(long from, long to) {
      this.from = from;
      this.to = to;
    }

    void addChunk(int n, int format, byte[] data) {
      if (n > chunkTimes.length) {
        throw new IllegalArgumentException("chunk claims " + n + " samples");
      }
      if (format == ChunkRows.FORMAT_COLUMNAR) {
        ColumnarChunkCodec.decode(data, n, chunkTimes, chunkValues, 0);
      } else if (format == 1) {
        ChunkCodec.decode(data, n, chunkTimes, chunkValues, 0);
      } else {
        throw new IllegalArgumentException("unknown chunk format " + format);
      }
      for (int i = 0; i < n; i++) {
        long t = chunkTimes[i];
        if (t >= from && t < to) {
          add(t, chunkValues[i]);
        }
      }
    }

    private void add(long t, double v) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      sorted &= size == 0 || times[size - 1] <= t;
      times[size] = t;
      values[size] = v;
      size++;
    }

    SampleBlock toBlock(Channel channel) {
      if (!sorted) { // a source delivered out of order: stable sort by time
        Integer[] order = new Integer[size];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(times[a], times[b]));
        long[] t = new long[size];
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
          t[i] = times[order[i]];
          v[i] = values[order[i]];
        }
        return new SampleBlock(channel, t, v, size);
      }
      return new SampleBlock(channel, times, values, size);
    }
  }
}
