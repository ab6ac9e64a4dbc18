package dev.pitwall.core.telemetry;

import java.util.Arrays;
import java.util.Objects;

/**
 * A columnar block of timestamped samples of one channel: primitive arrays, no boxing per sample.
 *
 * <p>Times are nanoseconds since the session start ({@code SessionInfo.start()}), non-decreasing
 * within a block. Values are doubles (GPS latitude needs the precision; storage may narrow).
 *
 * <p>Immutable once built: the constructor takes ownership of the arrays and nobody writes to them
 * afterwards, so a block may be handed to several consumers on different threads.
 */
public final class SampleBlock {
  private final Channel channel;
  private final long[] timeNanos;
  private final double[] values;
  private final int size;

  /**
   * Takes ownership of the arrays; only the first {@code size} entries are used.
   *
   * @throws IllegalArgumentException if the arrays are shorter than {@code size} or times decrease
   */
  public SampleBlock(Channel channel, long[] timeNanos, double[] values, int size) {
    this.channel = Objects.requireNonNull(channel, "channel");
    if (size < 0 || timeNanos.length < size || values.length < size) {
      throw new IllegalArgumentException(
          "block of "
              + channel.key()
              + ": size "
              + size
              + " exceeds arrays ("
              + timeNanos.length
              + " times, "
              + values.length
              + " values)");
    }
    for (int i = 1; i < size; i++) {
      if (timeNanos[i] < timeNanos[i - 1]) {
        throw new IllegalArgumentException(
            "block of " + channel.key() + ": time decreases at index " + i);
      }
    }
    this.timeNanos = timeNanos;
    this.values = values;
    this.size = size;
  }

  /** A block holding a single sample. */
  public static SampleBlock single(Channel channel, long timeNanos, double value) {
    return new SampleBlock(channel, new long[] {timeNanos}, new double[] {value}, 1);
  }

  public Channel channel() {
    return channel;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public long timeNanos(int index) {
    return timeNanos[Objects.checkIndex(index, size)];
  }

  public double value(int index) {
    return values[Objects.checkIndex(index, size)];
  }

  /** Time of the first sample; undefined for an empty block. */
  public long firstTimeNanos() {
    return timeNanos[0];
  }

  /** Time of the last sample; undefined for an empty block. */
  public long lastTimeNanos() {
    return timeNanos[size - 1];
  }

  /** Copies the times into {@code dest} at {@code offset}. */
  public void copyTimes(long[] dest, int offset) {
    System.arraycopy(timeNanos, 0, dest, offset, size);
  }

  /** Copies the values into {@code dest} at {@code offset}. */
  public void copyValues(double[] dest, int offset) {
    System.arraycopy(values, 0, dest, offset, size);
  }

  /** A fresh copy of the times, exactly {@code size()} long. */
  public long[] times() {
    return Arrays.copyOf(timeNanos, size);
  }

  /** A fresh copy of the values, exactly {@code size()} long. */
  public double[] values() {
    return Arrays.copyOf(values, size);
  }

  @Override
  public String toString() {
    return "SampleBlock[" + channel.key() + ", " + size + " samples]";
  }
}
