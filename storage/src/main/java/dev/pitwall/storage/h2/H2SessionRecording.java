package dev.pitwall.storage.h2;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one session over its own connection (auto-commit off). Single writer thread, as {@link
 * SessionRecording} requires; nothing here is thread-safe except what {@link LiveTail} guards.
 *
 * <p>Durability without MVStore churn (ADR 0201): a {@link #commit()} appends the samples since the
 * last commit to the session's {@link TailLog} (a plain file, ~1 KB per 200 ms commit) instead of
 * committing to H2. Every {@link #CHECKPOINT_COMMITS} commits (30 s at the recorder's 200 ms), and
 * at once when a channel or a lap was added, a checkpoint writes the full chunks sealed since the
 * last one, the open (not yet full) chunk of each changed channel and the channel totals, commits
 * them in one H2 transaction and empties the log. A process killed between checkpoints leaves the
 * log; opening the store replays it ({@link TailReplay}). Window reads of the session see the
 * database as of the last checkpoint plus the {@link LiveTail}. Finishing seals the open chunks and
 * merges small chunks (from recoveries or continuations) into full ones.
 */
final class H2SessionRecording implements SessionRecording {
  /** Commits between checkpoints: 30 s at the recorder's 200 ms commit interval. */
  static final int CHECKPOINT_COMMITS = 150;

  /** A checkpoint also comes once the log or the samples held for reads grow past these. */
  static final long CHECKPOINT_TAIL_BYTES = 4L * 1024 * 1024;

  static final long CHECKPOINT_SAMPLES = 1_000_000;

  private final Connection connection;
  private final long sessionId;
  private final String databaseName;
  private final Map<Channel, ChannelChunker> chunkers = new HashMap<>();
  private final Set<ChannelChunker> changed = new HashSet<>(); // since the last checkpoint
  private final List<ChannelChunker.Chunk> sealed = new ArrayList<>(); // since the last checkpoint
  private final Set<Long> openRows = new HashSet<>(); // channels with an open_chunks row
  private final CommitDeltas deltas = new CommitDeltas();
  private final ChunkRows rows;
  private final PreparedStatement mergeLap;
  private final SessionTails tails;
  private final TailLog tail; // null: in-memory store
  private final LiveTail live;
  private boolean checkpointDue = true; // the first commit makes the session row durable
  private int commitsSinceCheckpoint;
  private long samplesSinceCheckpoint;
  private boolean finished;

  H2SessionRecording(Connection connection, long sessionId, String databaseName, SessionTails tails)
      throws SQLException {
    this(connection, sessionId, databaseName, Map.of(), tails);
  }

  /**
   * @param restored chunkers of the channels the session already has (a continued session), each
   *     numbering its chunks after the stored ones and starting from the stored totals
   */
  H2SessionRecording(
      Connection connection,
      long sessionId,
      String databaseName,
      Map<Channel, ChannelChunker> restored,
      SessionTails tails)
      throws SQLException {
    chunkers.putAll(restored);
    this.connection = connection;
    this.sessionId = sessionId;
    this.databaseName = databaseName;
    this.tails = tails;
    connection.setAutoCommit(false);
    rows = new ChunkRows(connection, sessionId);
    mergeLap =
        connection.prepareStatement(
            "MERGE INTO laps(session_id, car, number, start_nanos, end_nanos, sectors, valid)"
                + " KEY(session_id, car, number) VALUES (?, ?, ?, ?, ?, ?, ?)");
    try {
      tail = tails.create(sessionId);
    } catch (IOException e) {
      throw new StoreException(writing("the tail log " + tails.file(sessionId)) + ": " + e, e);
    }
    live = tails.register(sessionId);
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
        checkpointDue = true; // replaying a log needs the channel row
      }
      deltas.add(chunker.channelId, chunker.count(), block);
      changed.add(chunker);
      samplesSinceCheckpoint += block.size();
      int next = 0;
      while (next < block.size()) {
        next = chunker.fill(block, next);
        if (chunker.isFull()) {
          sealed.add(chunker.take());
        }
      }
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("samples of " + block.channel().key()), e);
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
      checkpointDue = true; // laps are not in the log: the next commit goes to the database
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("lap " + lap.number() + " of car " + lap.car()), e);
    }
  }

  @Override
  public void commit() {
    checkOpen();
    List<TailPiece> pieces = deltas.take();
    commitsSinceCheckpoint++;
    try {
      if (checkpointDue
          || commitsSinceCheckpoint >= CHECKPOINT_COMMITS
          || samplesSinceCheckpoint > CHECKPOINT_SAMPLES
          || (tail != null && tail.size() > CHECKPOINT_TAIL_BYTES)) {
        checkpoint();
      } else if (!pieces.isEmpty()) {
        if (tail != null) {
          tail.append(TailPiece.encode(pieces));
        }
        live.writeLock().lock();
        try {
          live.add(pieces);
        } finally {
          live.writeLock().unlock();
        }
      }
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("a commit"), e);
    } catch (IOException e) {
      throw new StoreException(writing("a commit") + ": tail log " + tail.file() + ": " + e, e);
    }
  }

  /** Everything since the last checkpoint into the database, in one transaction; log emptied. */
  private void checkpoint() throws SQLException, IOException {
    live.writeLock().lock();
    try {
      writePending(false);
      connection.commit();
      live.clear();
    } finally {
      live.writeLock().unlock();
    }
    if (tail != null) {
      tail.reset();
    }
    FileTidying.tidy(
        connection, FileTidying.CHECKPOINT_REWRITE_BYTES, FileTidying.CHECKPOINT_MOVE_BYTES);
    checkpointDue = false;
    commitsSinceCheckpoint = 0;
    samplesSinceCheckpoint = 0;
  }

  /**
   * Writes the chunks sealed since the last checkpoint, then the open chunk (or, {@code sealAll},
   * seals it) and the totals of every changed channel; the caller commits.
   */
  private void writePending(boolean sealAll) throws SQLException {
    for (ChannelChunker.Chunk c : sealed) {
      rows.seal(c);
    }
    sealed.clear();
    for (ChannelChunker chunker : sealAll ? chunkers.values() : changed) {
      ChannelChunker.Chunk open = null;
      if (chunker.size() > 0 && sealAll) {
        rows.seal(chunker.take());
      } else if (chunker.size() > 0) {
        open = chunker.open();
        rows.writeOpen(open);
        openRows.add(chunker.channelId);
      }
      if (open == null && openRows.remove(chunker.channelId)) {
        rows.deleteOpen(chunker.channelId);
      }
      rows.updateTotals(chunker.totals(open));
    }
    changed.clear();
  }

  @Override
  public void finish(SessionStatus status) {
    if (finished) {
      return;
    }
    finished = true;
    deltas.take(); // appended but never committed: not part of the session
    try (connection) {
      live.writeLock().lock();
      try {
        // a FAILED session keeps its open chunks open, as a crash would (continue or close seals)
        writePending(status != SessionStatus.FAILED);
        if (status != SessionStatus.FAILED) {
          ChunkMerger merger = new ChunkMerger(connection, rows);
          for (ChannelChunker chunker : chunkers.values()) {
            merger.merge(chunker.channelId);
          }
        }
        markEnded(status);
        connection.commit();
        live.clear();
      } finally {
        live.writeLock().unlock();
      }
      if (status != SessionStatus.FAILED) {
        FileTidying.tidy(connection, 0, FileTidying.FINISH_MOVE_BYTES);
      }
      if (tail != null) {
        tail.delete();
      }
    } catch (SQLException e) {
      throw H2Errors.onUse(writing("the end of the session as " + status), e);
    } catch (IOException e) {
      // the session is complete in the database; a log left behind is replayed as a no-op
      throw new StoreException(writing("the end of the session") + ": tail log: " + e, e);
    } finally {
      tails.unregister(sessionId);
    }
  }

  private void markEnded(SessionStatus status) throws SQLException {
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
