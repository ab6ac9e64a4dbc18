package dev.pitwall.storage.h2;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Writes one session over its own connection (auto-commit off). Single writer thread, as {@link
 * SessionRecording} requires; nothing here is thread-safe.
 *
 * <p>Full chunks are sealed into {@code chunks} once; the not yet full tail of each channel is
 * rewritten in place in {@code open_chunks} at each commit, so a commit writes one small row per
 * channel instead of a new partial chunk (ADR 0201). Finishing seals the tails and merges the small
 * chunks written while recording into full ones.
 */
final class H2SessionRecording implements SessionRecording {
  /**
   * A commit seals the open chunk of a channel once it holds more than this many times the samples
   * the channel got since the last commit. Why: the open chunk is rewritten whole at every commit,
   * so its size over the samples per commit is the write amplification; this bounds it at 8. A 100
   * Hz channel committed every 200 ms seals ~170-sample chunks (merged to 4096 when the session
   * ends); a fast channel fills 4096-sample chunks and never needs merging.
   */
  static final int MAX_REWRITE_FACTOR = 8;

  private static final long COMPACT_INTERVAL_NANOS = 5_000_000_000L;
  private static final int COMPACT_MAX_BYTES = 4 * 1024 * 1024;
  private static final int COMPACT_FILL_RATE_PERCENT = 90; // as H2's own background writer
  private final Connection connection;
  private final long sessionId;
  private final String databaseName;
  private final Map<Channel, ChannelChunker> chunkers = new HashMap<>();
  private final Set<ChannelChunker> touched = new HashSet<>(); // since the last commit
  private final Set<Long> openRows = new HashSet<>(); // channels with an open_chunks row
  private final ChunkRows rows;
  private final PreparedStatement mergeLap;
  private boolean finished;
  private long lastCompactNanos = System.nanoTime();

  H2SessionRecording(Connection connection, long sessionId, String databaseName)
      throws SQLException {
    this(connection, sessionId, databaseName, Map.of());
  }

  /**
   * @param restored chunkers of the channels the session already has (a continued session), each
   *     numbering its chunks after the stored ones and starting from the stored totals
   */
  H2SessionRecording(
      Connection connection,
      long sessionId,
      String databaseName,
      Map<Channel, ChannelChunker> restored)
      throws SQLException {
    chunkers.putAll(restored);
    this.connection = connection;
    this.sessionId = sessionId;
    this.databaseName = databaseName;
    connection.setAutoCommit(false);
    rows = new ChunkRows(connection, sessionId);
    mergeLap =
        connection.prepareStatement(
            "MERGE INTO laps(session_id, car, number, start_nanos, end_nanos, sectors, valid)"
                + " KEY(session_id, car, number) VALUES (?, ?, ?, ?, ?, ?, ?)");
  }

  @Override
  public long sessionId() {
    return sessionId;
  }

  @Override
  public void append(SampleBlock block) {
    checkOpen();
    try {
      ChannelChunker chunker = chunkers.get(block.channel());
      if (chunker == null) {
        long id = insertChannel(block.channel());
        chunker = new ChannelChunker(id, 0, ChannelChunker.CHUNK_SAMPLES);
        chunkers.put(block.channel(), chunker);
      }
      touched.add(chunker);
      int next = 0;
      while (next < block.size()) {
        next = chunker.fill(block, next);
        if (chunker.isFull()) {
          seal(chunker);
        }
      }
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("samples of " + block.channel().key()), e);
    }
  }

  private void seal(ChannelChunker chunker) throws SQLException {
    rows.seal(chunker.take());
    if (openRows.remove(chunker.channelId)) {
      rows.deleteOpen(chunker.channelId);
    }
  }

  @Override
  public void addLap(Lap lap) {
    checkOpen();
    try {
      mergeLap.setLong(1, sessionId);
      mergeLap.setInt(2, lap.car());
      mergeLap.setInt(3, lap.number());
      mergeLap.setLong(4, lap.startNanos());
      mergeLap.setLong(5, lap.endNanos());
      mergeLap.setBytes(6, sectorBytes(lap));
      mergeLap.setBoolean(7, lap.valid());
      mergeLap.executeUpdate();
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("lap " + lap.number() + " of car " + lap.car()), e);
    }
  }

  @Override
  public void commit() {
    checkOpen();
    try {
      writeOpenChunks();
      connection.commit();
      compactNowAndThen(false);
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("a commit"), e);
    }
  }

  /**
   * Why: with WRITE_DELAY=0 H2 runs no background writer, so nothing compacts the file: every
   * commit leaves ~30-50 KB of mostly dead pages behind and the file grows ~10x faster than the
   * data. H2 2.3 has no SQL for online compaction (CHECKPOINT only commits), so this does what the
   * background writer would: rewrite live pages out of chunks that are less than 90% full (MVStore
   * only touches chunks older than its 45 s retention time).
   */
  private void compactNowAndThen(boolean now) throws SQLException {
    long nowNanos = System.nanoTime();
    if (now || nowNanos - lastCompactNanos >= COMPACT_INTERVAL_NANOS) {
      lastCompactNanos = nowNanos;
      SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
      MVStore store = session.getDatabase().getStore().getMvStore();
      if (store.getFileStore() != null) { // in-memory databases have no file to compact
        store.compact(COMPACT_FILL_RATE_PERCENT, COMPACT_MAX_BYTES);
      }
    }
  }

  @Override
  public void finish(SessionStatus status) {
    if (finished) {
      return;
    }
    finished = true;
    try (connection) {
      if (status != SessionStatus.FAILED) {
        sealOpenChunks();
        ChunkMerger merger = new ChunkMerger(connection, rows);
        for (ChannelChunker chunker : chunkers.values()) {
          merger.merge(chunker.channelId);
        }
      }
      Instant end = Instant.now();
      try (PreparedStatement p =
          connection.prepareStatement(
              "UPDATE sessions SET status = ?, end_epoch_s = ?, end_nano = ? WHERE id = ?")) {
        p.setString(1, status.name());
        p.setLong(2, end.getEpochSecond());
        p.setInt(3, end.getNano());
        p.setLong(4, sessionId);
        p.executeUpdate();
      }
      connection.commit();
      if (status != SessionStatus.FAILED) {
        compactNowAndThen(true);
      }
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("the end of the session as " + status), e);
    }
  }

  /** Rewrites the open chunk and the totals of every channel that changed; the caller commits. */
  private void writeOpenChunks() throws SQLException {
    for (ChannelChunker chunker : touched) {
      ChannelChunker.Chunk open = null;
      if (chunker.size() > MAX_REWRITE_FACTOR * chunker.takeAddedSinceCommit()) {
        seal(chunker);
      } else if (chunker.size() > 0) {
        open = chunker.open();
        rows.writeOpen(open);
        openRows.add(chunker.channelId);
      }
      rows.updateTotals(chunker.totals(open));
    }
    touched.clear();
  }

  /** Seals every open chunk (the session ends) and writes the final totals. */
  private void sealOpenChunks() throws SQLException {
    for (ChannelChunker chunker : chunkers.values()) {
      if (chunker.size() > 0) {
        seal(chunker);
      }
      rows.updateTotals(chunker.totals(null));
    }
    touched.clear();
  }

  private long insertChannel(Channel ch) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "INSERT INTO channels(session_id, car, name, unit, nominal_rate_hz)"
                + " VALUES (?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      p.setLong(1, sessionId);
      p.setInt(2, ch.car());
      p.setString(3, ch.name());
      p.setString(4, ch.unit());
      p.setDouble(5, ch.nominalRateHz());
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new StoreException("session " + sessionId + " in " + databaseName + " is finished");
    }
  }

  private String writing(String what) {
    return "cannot write " + what + " of session " + sessionId + " to " + databaseName;
  }

  /** Sector times as stored: big-endian doubles, seconds. */
  static byte[] sectorBytes(Lap lap) {
    ByteBuffer sectors = ByteBuffer.allocate(lap.sectorTimesS().size() * 8);
    lap.sectorTimesS().forEach(sectors::putDouble);
    return sectors.array();
  }

  static List<Double> sectorsFrom(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    Double[] out = new Double[bytes.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getDouble();
    }
    return List.of(out);
  }
}
