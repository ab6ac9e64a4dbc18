package dev.pitwall.storage.h2;

import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the sealed chunks of a channel into {@link ChannelChunker#CHUNK_SAMPLES}-sample chunks, in
 * sequence order, one chunk in memory at a time. Runs in the caller's transaction.
 */
final class ChunkMerger {
  private final Connection connection;
  private final ChunkRows rows;
  private final long[] times = new long[ChannelChunker.CHUNK_SAMPLES];
  private final double[] values = new double[ChannelChunker.CHUNK_SAMPLES];

  ChunkMerger(Connection connection, ChunkRows rows) {
    this.connection = connection;
    this.rows = rows;
  }

  /** Merges the chunks of channel {@code channelId} unless it has at most one. */
  void merge(long channelId) throws SQLException {
    List<Integer> seqs = seqs(channelId);
    if (seqs.size() <= 1) {
      return;
    }
    int last = seqs.get(seqs.size() - 1);
    ChannelChunker merged = new ChannelChunker(channelId, last + 1, ChannelChunker.CHUNK_SAMPLES);
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT samples, format, data FROM chunks WHERE channel_id = ? AND seq = ?")) {
      for (int seq : seqs) {
        p.setLong(1, channelId);
        p.setInt(2, seq);
        try (ResultSet rs = p.executeQuery()) {
          rs.next();
          int n = rs.getInt(1);
          decode(rs.getInt(2), rs.getBytes(3), n);
          for (int from = 0; from < n; ) {
            from = merged.fill(times, values, from, n);
            if (merged.isFull()) {
              rows.seal(merged.take());
            }
          }
        }
      }
    }
    if (merged.size() > 0) {
      rows.seal(merged.take());
    }
    deleteUpTo(channelId, last);
  }

  private void decode(int format, byte[] data, int n) {
    if (format == ChunkRows.FORMAT_COLUMNAR) {
      ColumnarChunkCodec.decode(data, n, times, values, 0);
    } else {
      ChunkCodec.decode(data, n, times, values, 0);
    }
  }

  private List<Integer> seqs(long channelId) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT seq FROM chunk_index WHERE channel_id = ? ORDER BY seq")) {
      p.setLong(1, channelId);
      List<Integer> out = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
      return out;
    }
  }

  private void deleteUpTo(long channelId, int lastSeq) throws SQLException {
    for (String table : new String[] {"chunks", "chunk_index"}) {
      try (PreparedStatement p =
          connection.prepareStatement(
              "DELETE FROM " + table + " WHERE channel_id = ? AND seq <= ?")) {
        p.setLong(1, channelId);
        p.setInt(2, lastSeq);
        p.executeUpdate();
      }
    }
  }
}
