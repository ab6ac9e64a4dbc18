package dev.pitwall.storage.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write statements of chunks on one connection: sealed chunks with their time index rows, the
 * open chunk of a channel and the channel totals. Single thread, as its connection.
 */
final class ChunkRows implements AutoCloseable {
  static final int FORMAT_COLUMNAR = 2;
  private static final String COLUMNS =
      "channel_id, seq, session_id, min_nanos, max_nanos, samples, stat_samples, min_value,"
          + " max_value, sum_value, data";

  private final long sessionId;
  private final PreparedStatement insertChunk;
  private final PreparedStatement insertIndex;
  private final PreparedStatement mergeOpen;
  private final PreparedStatement deleteOpen;
  private final PreparedStatement updateTotals;

  ChunkRows(Connection c, long sessionId) throws SQLException {
    this.sessionId = sessionId;
    insertChunk =
        c.prepareStatement(
            "INSERT INTO chunks("
                + COLUMNS
                + ", format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + FORMAT_COLUMNAR
                + ")");
    insertIndex =
        c.prepareStatement(
            "INSERT INTO chunk_index(channel_id, seq, min_nanos, max_nanos, samples)"
                + " VALUES (?, ?, ?, ?, ?)");
    mergeOpen =
        c.prepareStatement(
            "MERGE INTO open_chunks("
                + COLUMNS
                + ") KEY(channel_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    deleteOpen = c.prepareStatement("DELETE FROM open_chunks WHERE channel_id = ?");
    updateTotals =
        c.prepareStatement(
            "UPDATE channels SET samples = ?, stat_samples = ?, min_value = ?, max_value = ?,"
                + " sum_value = ?, min_nanos = ?, max_nanos = ? WHERE id = ?");
  }

  void seal(ChannelChunker.Chunk c) throws SQLException {
    bind(insertChunk, c);
    insertChunk.executeUpdate();
    insertIndex.setLong(1, c.channelId());
    insertIndex.setInt(2, c.seq());
    insertIndex.setLong(3, c.minNanos());
    insertIndex.setLong(4, c.maxNanos());
    insertIndex.setInt(5, c.samples());
    insertIndex.executeUpdate();
  }

  void writeOpen(ChannelChunker.Chunk c) throws SQLException {
    bind(mergeOpen, c);
    mergeOpen.executeUpdate();
  }

  void deleteOpen(long channelId) throws SQLException {
    deleteOpen.setLong(1, channelId);
    deleteOpen.executeUpdate();
  }

  void updateTotals(ChannelChunker.Totals t) throws SQLException {
    updateTotals.setLong(1, t.samples());
    updateTotals.setLong(2, t.statSamples());
    updateTotals.setDouble(3, t.min());
    updateTotals.setDouble(4, t.max());
    updateTotals.setDouble(5, t.sum());
    updateTotals.setLong(6, t.minNanos());
    updateTotals.setLong(7, t.maxNanos());
    updateTotals.setLong(8, t.channelId());
    updateTotals.executeUpdate();
  }

  private void bind(PreparedStatement p, ChannelChunker.Chunk c) throws SQLException {
    p.setLong(1, c.channelId());
    p.setInt(2, c.seq());
    p.setLong(3, sessionId);
    p.setLong(4, c.minNanos());
    p.setLong(5, c.maxNanos());
    p.setInt(6, c.samples());
    p.setInt(7, c.statSamples());
    p.setDouble(8, c.min());
    p.setDouble(9, c.max());
    p.setDouble(10, c.sum());
    p.setBytes(11, c.data());
  }

  @Override
  public void close() throws SQLException {
    insertChunk.close();
    insertIndex.close();
    mergeOpen.close();
    deleteOpen.close();
    updateTotals.close();
  }
}
