package dev.pitwall.core.telemetry;

import java.util.Arrays;

/**
 * Accumulates samples of one channel into {@link SampleBlock}s without boxing. Not thread-safe: one
 * builder belongs to one producing thread.
 */
public final class SampleBlockBuilder {
  private final Channel channel;
  private long[] times;
  private double[] values;
  private int size;

  public SampleBlockBuilder(Channel channel, int initialCapacity) {
    this.channel = channel;
    this.times = new long[Math.max(1, initialCapacity)];
    this.values = new double[Math.max(1, initialCapacity)];
  }

  public Channel channel() {
    return channel;
  }

  public int size() {
    return size;
  }

  public void add(long timeNanos, double value) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    times[size] = timeNanos;
    values[size] = value;
    size++;
  }

  /** Hands the collected samples over as a block and starts an empty one. */
  public SampleBlock build() {
    SampleBlock block = new SampleBlock(channel, times, values, size);
    int capacity = times.length;
    times = new long[capacity];
    values = new double[capacity];
    size = 0;
    return block;
  }
}
