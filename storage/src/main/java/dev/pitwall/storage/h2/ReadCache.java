package dev.pitwall.storage.h2;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What window reads of sessions that can no longer change (COMPLETED, INTERRUPTED) keep between
 * reads: channel ids, each channel's chunk time index, and recently decoded chunks (least recently
 * used first out, bounded in samples). A replay seek then costs no index query at all, and reading
 * on from a seek, or scrubbing back and forth, decodes no chunk twice.
 *
 * <p>Nothing of a session being recorded is kept (its chunks are still sealed, merged and written);
 * a finished session's chunks never change again, only disappear with the session ({@link
 * #forgetAll} on delete). Thread-safe (every method locks the cache): shared by the readers of
 * {@link WindowReaders}.
 */
final class ReadCache {
  /** 2 M samples of decoded chunks, about 32 MB (500 chunks of 4096). */
  static final long MAX_CHUNK_SAMPLES = 2_000_000;

  /** One channel's time index: chunk seq and time range, in seq order. */
  record ChunkIndex(int[] seqs, long[] minNanos, long[] maxNanos) {}

  /** A decoded chunk: exactly {@code times.length} samples. */
  record Decoded(long[] times, double[] values) {}

  private record ChunkKey(long channelId, int seq) {}

  private final Map<String, Long> channelIds = new HashMap<>();
  private final Map<Long, ChunkIndex> indexes = new HashMap<>();
  private final LinkedHashMap<ChunkKey, Decoded> chunks = new LinkedHashMap<>(256, 0.75f, true);
  private final long maxChunkSamples;
  private long chunkSamples;

  ReadCache(long maxChunkSamples) {
    this.maxChunkSamples = maxChunkSamples;
  }

  synchronized Long channelId(String key) {
    return channelIds.get(key);
  }

  synchronized void channelId(String key, long id) {
    channelIds.put(key, id);
  }

  synchronized ChunkIndex index(long channelId) {
    return indexes.get(channelId);
  }

  synchronized void index(long channelId, ChunkIndex index) {
    indexes.put(channelId, index);
  }

  synchronized Decoded chunk(long channelId, int seq) {
    return chunks.get(new ChunkKey(channelId, seq));
  }

  synchronized void chunk(long channelId, int seq, Decoded decoded) {
    Decoded old = chunks.put(new ChunkKey(channelId, seq), decoded);
    chunkSamples += decoded.times().length - (old == null ? 0 : old.times().length);
    var it = chunks.values().iterator();
    while (chunkSamples > maxChunkSamples && it.hasNext()) {
      chunkSamples -= it.next().times().length;
      it.remove();
    }
  }

  synchronized long chunkSamples() {
    return chunkSamples;
  }

  synchronized void forgetAll() {
    channelIds.clear();
    indexes.clear();
    chunks.clear();
    chunkSamples = 0;
  }
}
