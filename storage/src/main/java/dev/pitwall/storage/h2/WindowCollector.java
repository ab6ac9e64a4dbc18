package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Arrays;

/** Keeps the samples of decoded chunks inside [from, to), in time order. Single thread. */
final class WindowCollector {
  private final long from;
  private final long to;
  // allocated on first use or by reserve: a seek's 50 windows allocated 2 x 4096 entries each first
  private long[] times = new long[0];
  private double[] values = new double[0];
  private int size;
  private boolean sorted = true;

  WindowCollector(long from, long to) {
    this.from = from;
    this.to = to;
  }

  /** Makes room for {@code samples} in one step (a seek's window: no doubling copies). */
  void reserve(int samples) {
    if (samples > times.length) {
      times = Arrays.copyOf(times, samples);
      values = Arrays.copyOf(values, samples);
    }
  }

  /** How many of {@code chunkTimes} fall inside the window. */
  int countInside(long[] chunkTimes) {
    int n = 0;
    for (long t : chunkTimes) {
      if (t >= from && t < to) {
        n++;
      }
    }
    return n;
  }

  /** Drops what was added (a read that found the session changing under it starts again). */
  void clear() {
    size = 0;
    sorted = true;
  }

  long from() {
    return from;
  }

  long to() {
    return to;
  }

  /** Adds the samples of one decoded chunk that fall inside the window. */
  void add(long[] chunkTimes, double[] chunkValues, int n) {
    for (int i = 0; i < n; i++) {
      long t = chunkTimes[i];
      if (t >= from && t < to) {
        add(t, chunkValues[i]);
      }
    }
  }

  private void add(long t, double v) {
    if (size == times.length) {
      int grown = Math.max(ChannelChunker.CHUNK_SAMPLES, size * 2);
      times = Arrays.copyOf(times, grown);
      values = Arrays.copyOf(values, grown);
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
