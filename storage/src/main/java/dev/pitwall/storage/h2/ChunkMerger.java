package dev.pitwall.storage.h2;

import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges runs of consecutive small chunks of a channel into {@link
 * ChannelChunker#CHUNK_SAMPLES}-sample chunks; full chunks are left alone. Merged chunks take the
 * first numbers of the run they replace, so the sequence order (the order samples were appended) is
 * kept. One chunk in memory at a time; runs in the caller's transaction.
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

  /** Merges every run of two or more small chunks of channel {@code channelId}. */
  void merge(long channelId) throws SQLException {
    List<Integer> run = new ArrayList<>();
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT seq, samples FROM chunk_index WHERE channel_id = ? ORDER BY seq")) {
      p.setLong(1, channelId);
      List<int[]> index = new ArrayList<>();
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          index.add(new int[] {rs.getInt(1), rs.getInt(2)});
        }
      }
      for (int[] chunk : index) {
        if (chunk[1] < ChannelChunker.CHUNK_SAMPLES) {
          run.add(chunk[0]);
        } else {
          mergeRun(channelId, run);
          run.clear();
        }
      }
    }
    mergeRun(channelId, run);
  }

  private void mergeRun(long channelId, List<Integer> run) throws SQLException {
    if (run.size() < 2) {
      return;
    }
    ChannelChunker merged = new ChannelChunker(channelId, 0, ChannelChunker.CHUNK_SAMPLES);
    int written = 0;
    try (PreparedStatement read =
            connection.prepareStatement(
                "SELECT samples, format, data FROM chunks WHERE channel_id = ? AND seq = ?");
        PreparedStatement deleteChunk =
            connection.prepareStatement("DELETE FROM chunks WHERE channel_id = ? AND seq = ?");
        PreparedStatement deleteIndex =
            connection.prepareStatement(
                "DELETE FROM chunk_index WHERE channel_id = ? AND seq = ?")) {
      for (int seq : run) {
        int n = load(read, channelId, seq);
        for (PreparedStatement d : List.of(deleteChunk, deleteIndex)) {
          d.setLong(1, channelId);
          d.setInt(2, seq);
          d.executeUpdate();
        }
        // output j completes only after input j was read (inputs hold <= 4096 samples each), so
        // its number, run[j], is already free
        for (int from = 0; from < n; ) {
          from = merged.fill(times, values, from, n);
          if (merged.isFull()) {
            rows.seal(merged.takeAs(run.get(written++)));
          }
        }
      }
    }
    if (merged.size() > 0) {
      rows.seal(merged.takeAs(run.get(written)));
    }
  }

  private int load(PreparedStatement read, long channelId, int seq) throws SQLException {
    read.setLong(1, channelId);
    read.setInt(2, seq);
    try (ResultSet rs = read.executeQuery()) {
      rs.next();
      int n = rs.getInt(1);
      if (rs.getInt(2) == ChunkRows.FORMAT_COLUMNAR) {
        ColumnarChunkCodec.decode(rs.getBytes(3), n, times, values, 0);
      } else {
        ChunkCodec.decode(rs.getBytes(3), n, times, values, 0);
      }
      return n;
    }
  }
}
