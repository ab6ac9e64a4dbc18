package dev.pitwall.app.ui.stream;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;

/**
 * The most recent samples of one channel in primitive arrays, oldest overwritten first.
 *
 * <p>Thread contract: confined to the FX thread (written by {@link LiveChannels#drain}, read by the
 * panels during the same pulse). Index 0 is the oldest sample kept, {@code size() - 1} the newest.
 */
public final class ChannelRing {
  private final Channel channel;
  private final long[] timeNanos;
  private final double[] values;
  private final int mask;
  private long written; // total samples ever appended

  /** Capacity is rounded up to a power of two. */
  public ChannelRing(Channel channel, int minCapacity) {
    this.channel = channel;
    int capacity = Integer.highestOneBit(Math.max(2, minCapacity - 1)) << 1;
    this.timeNanos = new long[capacity];
    this.values = new double[capacity];
    this.mask = capacity - 1;
  }

  public Channel channel() {
    return channel;
  }

  public int capacity() {
    return values.length;
  }

  public int size() {
    return (int) Math.min(written, values.length);
  }

  public long totalSamples() {
    return written;
  }

  public void append(long tNanos, double value) {
    int slot = (int) (written & mask);
    timeNanos[slot] = tNanos;
    values[slot] = value;
    written++;
  }

  public void append(SampleBlock block) {
    for (int i = 0; i < block.size(); i++) {
      append(block.timeNanos(i), block.value(i));
    }
  }

  public long timeNanos(int index) {
    return timeNanos[slot(index)];
  }

  public double value(int index) {
    return values[slot(index)];
  }

  private int slot(int index) {
    long oldest = written - size();
    return (int) ((oldest + index) & mask);
  }

  /** The newest value, NaN when empty. */
  public double latestValue() {
    return written == 0 ? Double.NaN : value(size() - 1);
  }

  /** Time of the newest sample, {@link Long#MIN_VALUE} when empty. */
  public long latestTimeNanos() {
    return written == 0 ? Long.MIN_VALUE : timeNanos(size() - 1);
  }

  /**
   * Index of the first sample with time {@code >= tNanos}, or {@code size()} when there is none.
   * Assumes times are non-decreasing (they are per source; a restart would only misplace a window).
   */
  public int firstIndexAtOrAfter(long tNanos) {
    int lo = 0;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (timeNanos(mid) < tNanos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
