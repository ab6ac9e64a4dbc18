package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Arrays;

/** Keeps the samples of decoded chunks inside [from, to), in time order. Single thread. */
final class WindowCollector {
  private final long from;
  private final long to;
  private long[] times = new long[ChannelChunker.CHUNK_SAMPLES];
  private double[] values = new double[ChannelChunker.CHUNK_SAMPLES];
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
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
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
