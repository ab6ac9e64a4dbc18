package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.SampleBlock;

/**
 * Collects samples of one channel until a chunk is full. Writer thread only.
 *
 * <p>Why chunks: one row per sample manages ~0.12 M samples/s in H2; 4096-sample binary chunks
 * manage millions (TOOLCHAIN-NOTES). A commit writes partial chunks too, so they may be smaller.
 */
final class ChannelChunker {
  static final int CHUNK_SAMPLES = 4096;

  final long channelId;
  private final long[] times = new long[CHUNK_SAMPLES];
  private final double[] values = new double[CHUNK_SAMPLES];
  private int size;
  private int nextSeq;
  // running statistics of everything taken so far: stored on the channel row with each commit so
  // that session lists never scan sample chunks
  private long totalSamples;
  private long totalStatSamples;
  private double totalMin = Double.NaN;
  private double totalMax = Double.NaN;
  private double totalSum;
  private long minNanos = Long.MAX_VALUE;
  private long maxNanos = Long.MIN_VALUE;
  private boolean totalsChanged;

  ChannelChunker(long channelId) {
    this.channelId = channelId;
  }

  int size() {
    return size;
  }

  boolean isFull() {
    return size == CHUNK_SAMPLES;
  }

  /** Copies samples {@code from..} of the block until full; returns the index after the last. */
  int fill(SampleBlock block, int from) {
    int n = Math.min(CHUNK_SAMPLES - size, block.size() - from);
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

  /** The chunk as a row, and a fresh empty chunk for what follows. */
  Chunk take() {
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
    Chunk c =
        new Chunk(
            channelId,
            nextSeq++,
            minT,
            maxT,
            size,
            statN,
            min,
            max,
            sum,
            ChunkCodec.encode(times, values, size));
    size = 0;
    addToTotals(c);
    return c;
  }

  private void addToTotals(Chunk c) {
    totalSamples += c.samples();
    if (c.statSamples() > 0) {
      totalMin = totalStatSamples == 0 ? c.min() : Math.min(totalMin, c.min());
      totalMax = totalStatSamples == 0 ? c.max() : Math.max(totalMax, c.max());
      totalSum += c.sum();
      totalStatSamples += c.statSamples();
    }
    minNanos = Math.min(minNanos, c.minNanos());
    maxNanos = Math.max(maxNanos, c.maxNanos());
    totalsChanged = true;
  }

  /** The totals if they changed since the last call, else null. */
  Totals takeChangedTotals() {
    if (!totalsChanged) {
      return null;
    }
    totalsChanged = false;
    return new Totals(
        channelId,
        totalSamples,
        totalStatSamples,
        totalMin,
        totalMax,
        totalSum,
        minNanos,
        maxNanos);
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

  /** One row of the chunks table. */
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
