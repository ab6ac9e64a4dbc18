package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.codec.ColumnarChunkCodec;

/**
 * Collects samples of one channel until a chunk is full. Writer thread only.
 *
 * <p>Why chunks: one row per sample manages ~0.12 M samples/s in H2; 4096-sample binary chunks
 * manage millions (TOOLCHAIN-NOTES). A full chunk is sealed (written once, never changed); what is
 * not full yet is the channel's open chunk, rewritten in place at each commit. While recording,
 * chunks are sealed small (so the rewritten open chunk stays small); {@link ChunkMerger} merges
 * them into {@link #CHUNK_SAMPLES}-sample chunks when the session finishes.
 */
final class ChannelChunker {
  /** Samples of a merged chunk, and the most any chunk holds. */
  static final int CHUNK_SAMPLES = 4096;

  final long channelId;
  private final int sealAt;
  private final long[] times = new long[CHUNK_SAMPLES];
  private final double[] values = new double[CHUNK_SAMPLES];
  private int size;
  private int nextSeq;
  private boolean changed; // samples added since the last open() or take()
  private int addedSinceCommit;
  // statistics of the sealed chunks: stored on the channel row with each commit so that session
  // lists never scan sample chunks
  private long sealedSamples;
  private long sealedStatSamples;
  private double sealedMin = Double.NaN;
  private double sealedMax = Double.NaN;
  private double sealedSum;
  private long minNanos = Long.MAX_VALUE;
  private long maxNanos = Long.MIN_VALUE;

  /**
   * @param firstSeq number of the first chunk
   * @param sealAt chunk size in samples (at most {@link #CHUNK_SAMPLES})
   */
  ChannelChunker(long channelId, int firstSeq, int sealAt) {
    this.channelId = channelId;
    this.nextSeq = firstSeq;
    this.sealAt = sealAt;
  }

  int size() {
    return size;
  }

  /**
   * Starts from the stored totals of a channel whose session is being continued, so the totals
   * written from now on cover the samples before the interruption too.
   */
  void restore(Totals stored) {
    sealedSamples = stored.samples();
    sealedStatSamples = stored.statSamples();
    sealedMin = stored.min();
    sealedMax = stored.max();
    sealedSum = stored.sum();
    minNanos = stored.minNanos();
    maxNanos = stored.maxNanos();
  }

  boolean isFull() {
    return size == sealAt;
  }

  /** Samples added since the last call; the recording asks at each commit. */
  int takeAddedSinceCommit() {
    int n = addedSinceCommit;
    addedSinceCommit = 0;
    return n;
  }

  /** Whether samples came in since the open chunk was last taken. */
  boolean changed() {
    return changed;
  }

  /** Copies samples {@code from..} of the block until full; returns the index after the last. */
  int fill(SampleBlock block, int from) {
    int n = Math.min(sealAt - size, block.size() - from);
    changed |= n > 0;
    addedSinceCommit += n;
    if (from == 0 && n == block.size()) { // common case: the whole block fits
      block.copyTimes(times, size);
      block.copyValues(values, size);
      size += n;
      return n;
    }
    for (int i = 0; i < n; i++) {
      times[size + i] = block.timeNanos(from + i);
      values[size + i] = block.value(from + i);
    }
    size += n;
    return from + n;
  }

  /** Copies {@code n} decoded samples in (when merging chunks); returns how many fitted. */
  int fill(long[] t, double[] v, int from, int n) {
    int take = Math.min(sealAt - size, n - from);
    System.arraycopy(t, from, times, size, take);
    System.arraycopy(v, from, values, size, take);
    size += take;
    changed |= take > 0;
    return from + take;
  }

  /** Seals the chunk: returns it as a row and starts a fresh empty one. */
  Chunk take() {
    return takeAs(nextSeq++);
  }

  /** As {@link #take()}, numbering the chunk {@code seq} (when merging into freed numbers). */
  Chunk takeAs(int seq) {
    Chunk c = encode(seq);
    size = 0;
    changed = false;
    sealedSamples += c.samples();
    if (c.statSamples() > 0) {
      sealedMin = sealedStatSamples == 0 ? c.min() : Math.min(sealedMin, c.min());
      sealedMax = sealedStatSamples == 0 ? c.max() : Math.max(sealedMax, c.max());
      sealedSum += c.sum();
      sealedStatSamples += c.statSamples();
    }
    minNanos = Math.min(minNanos, c.minNanos());
    maxNanos = Math.max(maxNanos, c.maxNanos());
    return c;
  }

  /** The open (not full) chunk as a row, keeping its samples. */
  Chunk open() {
    changed = false;
    return encode(nextSeq);
  }

  /** Statistics of all samples so far: the sealed chunks plus {@code open} (may be null). */
  Totals totals(Chunk open) {
    if (open == null || open.samples() == 0) {
      return new Totals(
          channelId,
          sealedSamples,
          sealedStatSamples,
          sealedMin,
          sealedMax,
          sealedSum,
          minNanos,
          maxNanos);
    }
    boolean none = sealedStatSamples == 0;
    boolean openNone = open.statSamples() == 0;
    return new Totals(
        channelId,
        sealedSamples + open.samples(),
        sealedStatSamples + open.statSamples(),
        openNone ? sealedMin : none ? open.min() : Math.min(sealedMin, open.min()),
        openNone ? sealedMax : none ? open.max() : Math.max(sealedMax, open.max()),
        sealedSum + (openNone ? 0 : open.sum()),
        Math.min(minNanos, open.minNanos()),
        Math.max(maxNanos, open.maxNanos()));
  }

  private Chunk encode(int seq) {
    long minT = Long.MAX_VALUE;
    long maxT = Long.MIN_VALUE;
    int statN = 0;
    double min = Double.NaN;
    double max = Double.NaN;
    double sum = 0;
    for (int i = 0; i < size; i++) {
      minT = Math.min(minT, times[i]);
      maxT = Math.max(maxT, times[i]);
      double v = values[i];
      if (!Double.isNaN(v)) {
        min = statN == 0 ? v : Math.min(min, v);
        max = statN == 0 ? v : Math.max(max, v);
        sum += v;
        statN++;
      }
    }
    byte[] data = ColumnarChunkCodec.encode(times, values, size);
    return new Chunk(channelId, seq, minT, maxT, size, statN, min, max, sum, data);
  }

  /** Statistics of all samples of one channel so far (NaN-free min/max/sum). */
  record Totals(
      long channelId,
      long samples,
      long statSamples,
      double min,
      double max,
      double sum,
      long minNanos,
      long maxNanos) {}

  /** One row of the chunks table (format 2, {@link ColumnarChunkCodec}). */
  record Chunk(
      long channelId,
      int seq,
      long minNanos,
      long maxNanos,
      int samples,
      int statSamples,
      double min,
      double max,
      double sum,
      byte[] data) {}
}
