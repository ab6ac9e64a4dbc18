package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.codec.ColumnarChunkCodec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Window reads ({@code fromNanos <= t < toNanos} of one channel) for {@link H2SessionQueries}.
 *
 * <p>A finished session (COMPLETED, INTERRUPTED) never changes, so its channel id, its time index
 * and recently decoded chunks are kept in a {@link ReadCache}: a read then finds its chunks in
 * memory (no index query), loads only the chunks it has not decoded recently in one query, and
 * skips the open-chunk query (finished sessions have none). A session still being recorded (or
 * FAILED, whose open chunks are kept) is read through SQL every time. The statements are prepared
 * once per connection (a replay seek reads 50 channels: 200 statement preparations before).
 *
 * <p>Not thread-safe: one thread at a time ({@link WindowReaders} lends each reader to one read);
 * the {@link ReadCache} is shared by all readers of a store.
 */
final class H2WindowReader {
  /** Reads touching more chunks than this (about 1 M samples) bypass the chunk cache. */
  private static final int MAX_CACHED_CHUNKS_PER_READ = 256;

  /** Reads again after finding a session's chunks changed under a read; then it is an error. */
  private static final int MAX_RETRIES = 3;

  private final Connection connection;
  private final ReadCache cache;
  private final AtomicLong chunksDecoded;
  private PreparedStatement channelQuery;
  private PreparedStatement indexQuery;
  private PreparedStatement windowIndexQuery;
  private PreparedStatement chunkQuery;
  private PreparedStatement openQuery;

  /** Takes ownership of {@code connection}; {@code chunksDecoded} counts decodes (tests). */
  H2WindowReader(Connection connection, ReadCache cache, AtomicLong chunksDecoded) {
    this.connection = connection;
    this.cache = cache;
    this.chunksDecoded = chunksDecoded;
  }

  /** Closes the connection (and with it the prepared statements); quiet, the store is closing. */
  void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing the store: nothing left to read with it
    }
  }

  SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos)
      throws SQLException {
    WindowCollector window = new WindowCollector(fromNanos, toNanos);
    String key = sessionId + "/" + channel.key();
    Long cachedId = cache.channelId(key);
    if (cachedId != null) {
      readFinished(cachedId, window);
      return window.toBlock(channel);
    }
    prepare();
    channelQuery.setLong(1, sessionId);
    channelQuery.setInt(2, channel.car());
    channelQuery.setString(3, channel.name());
    long channelId;
    boolean finished;
    try (ResultSet rs = channelQuery.executeQuery()) {
      if (!rs.next()) {
        return window.toBlock(channel);
      }
      channelId = rs.getLong(1);
      String status = rs.getString(2);
      finished = status.equals("COMPLETED") || status.equals("INTERRUPTED");
    }
    if (finished) {
      cache.channelId(key, channelId);
      readFinished(channelId, window);
    } else {
      readRecording(channelId, window);
    }
    return window.toBlock(channel);
  }

  private void prepare() throws SQLException {
    if (channelQuery != null) {
      return;
    }
    channelQuery =
        connection.prepareStatement(
            "SELECT c.id, s.status FROM channels c JOIN sessions s ON s.id = c.session_id"
                + " WHERE c.session_id = ? AND c.car = ? AND c.name = ?");
    indexQuery =
        connection.prepareStatement(
            "SELECT seq, min_nanos, max_nanos FROM chunk_index WHERE channel_id = ? ORDER BY seq");
    windowIndexQuery =
        connection.prepareStatement(
            "SELECT seq FROM chunk_index WHERE channel_id = ? AND max_nanos >= ? AND min_nanos < ?"
                + " ORDER BY seq");
    chunkQuery =
        connection.prepareStatement(
            "SELECT seq, samples, format, data FROM chunks"
                + " WHERE channel_id = ? AND seq BETWEEN ? AND ? ORDER BY seq");
    openQuery =
        connection.prepareStatement(
            "SELECT samples, data FROM open_chunks"
                + " WHERE channel_id = ? AND max_nanos >= ? AND min_nanos < ?");
  }

  private void readFinished(long channelId, WindowCollector window) throws SQLException {
    prepare();
    ReadCache.ChunkIndex index = cache.index(channelId);
    if (index == null) {
      index = loadIndex(channelId);
      cache.index(channelId, index);
    }
    // The index and the chunks are two statements: a delete, or a close merging an interrupted
    // session's chunks, can commit between them (or after the index was cached, before the cache
    // is emptied). Chunks named by the index then are missing; read again from a fresh index, so
    // a read returns the session as it was before or after the change, never a part of it.
    for (int attempt = 0; !readIndexed(channelId, index, window); attempt++) {
      if (attempt == MAX_RETRIES) {
        throw new SQLException(
            "channel " + channelId + " changed under " + MAX_RETRIES + " reads in a row");
      }
      window.clear();
      index = loadIndex(channelId);
    }
  }

  /** Reads the chunks {@code index} names inside the window; false if any is no longer stored. */
  private boolean readIndexed(long channelId, ReadCache.ChunkIndex index, WindowCollector window)
      throws SQLException {
    List<Integer> seqs = new ArrayList<>();
    for (int i = 0; i < index.seqs().length; i++) {
      if (index.maxNanos()[i] >= window.from() && index.minNanos()[i] < window.to()) {
        seqs.add(index.seqs()[i]);
      }
    }
    if (seqs.size() > MAX_CACHED_CHUNKS_PER_READ) { // a whole-session read: do not flush the cache
      return loadChunks(channelId, seqs, null, window) == seqs.size();
    }
    Map<Integer, ReadCache.Decoded> found = new HashMap<>();
    List<Integer> missing = new ArrayList<>();
    for (int seq : seqs) {
      ReadCache.Decoded d = cache.chunk(channelId, seq);
      if (d == null) {
        missing.add(seq);
      } else {
        found.put(seq, d);
      }
    }
    if (!missing.isEmpty() && loadChunks(channelId, missing, found, null) < missing.size()) {
      return false;
    }
    int samples = 0;
    for (ReadCache.Decoded d : found.values()) {
      samples += window.countInside(d.times()); // exact: no chunk-sized slack per channel
    }
    window.reserve(samples);
    for (int seq : seqs) {
      ReadCache.Decoded d = found.get(seq);
      window.add(d.times(), d.values(), d.times().length);
    }
    return true;
  }

  private void readRecording(long channelId, WindowCollector window) throws SQLException {
    windowIndexQuery.setLong(1, channelId);
    windowIndexQuery.setLong(2, window.from());
    windowIndexQuery.setLong(3, window.to());
    List<Integer> seqs = new ArrayList<>();
    try (ResultSet rs = windowIndexQuery.executeQuery()) {
      while (rs.next()) {
        seqs.add(rs.getInt(1));
      }
    }
    if (!seqs.isEmpty()) {
      loadChunks(channelId, seqs, null, window);
    }
    openQuery.setLong(1, channelId);
    openQuery.setLong(2, window.from());
    openQuery.setLong(3, window.to());
    try (ResultSet rs = openQuery.executeQuery()) {
      if (rs.next()) {
        ReadCache.Decoded d = decode(rs.getInt(1), ChunkRows.FORMAT_COLUMNAR, rs.getBytes(2));
        window.add(d.times(), d.values(), d.times().length);
      }
    }
  }

  /**
   * Loads and decodes the chunks {@code seqs} (ascending) into {@code found} and the cache, or
   * (found null) straight into the window; returns how many of them were found.
   */
  private int loadChunks(
      long channelId,
      List<Integer> seqs,
      Map<Integer, ReadCache.Decoded> found,
      WindowCollector window)
      throws SQLException {
    java.util.Set<Integer> wanted = new java.util.HashSet<>(seqs); // whole-session reads: 1000s
    chunkQuery.setLong(1, channelId);
    chunkQuery.setInt(2, seqs.get(0));
    chunkQuery.setInt(3, seqs.get(seqs.size() - 1));
    int loaded = 0;
    try (ResultSet rs = chunkQuery.executeQuery()) {
      while (rs.next()) {
        int seq = rs.getInt(1);
        if (!wanted.contains(seq)) {
          continue;
        }
        ReadCache.Decoded d = decode(rs.getInt(2), rs.getInt(3), rs.getBytes(4));
        loaded++;
        if (found != null) {
          found.put(seq, d);
          cache.chunk(channelId, seq, d);
        } else {
          window.add(d.times(), d.values(), d.times().length);
        }
      }
    }
    return loaded;
  }

  private ReadCache.ChunkIndex loadIndex(long channelId) throws SQLException {
    indexQuery.setLong(1, channelId);
    int n = 0;
    int[] seqs = new int[64];
    long[] min = new long[64];
    long[] max = new long[64];
    try (ResultSet rs = indexQuery.executeQuery()) {
      while (rs.next()) {
        if (n == seqs.length) {
          seqs = Arrays.copyOf(seqs, 2 * n);
          min = Arrays.copyOf(min, 2 * n);
          max = Arrays.copyOf(max, 2 * n);
        }
        seqs[n] = rs.getInt(1);
        min[n] = rs.getLong(2);
        max[n] = rs.getLong(3);
        n++;
      }
    }
    return new ReadCache.ChunkIndex(
        Arrays.copyOf(seqs, n), Arrays.copyOf(min, n), Arrays.copyOf(max, n));
  }

  private ReadCache.Decoded decode(int n, int format, byte[] data) {
    if (n < 0 || n > ChannelChunker.CHUNK_SAMPLES) {
      throw new IllegalArgumentException("chunk claims " + n + " samples");
    }
    long[] times = new long[n];
    double[] values = new double[n];
    if (format == ChunkRows.FORMAT_COLUMNAR) {
      ColumnarChunkCodec.decode(data, n, times, values, 0);
    } else if (format == 1) {
      ChunkCodec.decode(data, n, times, values, 0);
    } else {
      throw new IllegalArgumentException("unknown chunk format " + format);
    }
    chunksDecoded.incrementAndGet();
    return new ReadCache.Decoded(times, values);
  }
}
