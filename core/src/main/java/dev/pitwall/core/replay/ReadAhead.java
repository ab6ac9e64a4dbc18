package dev.pitwall.core.replay;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.Arrays;

/**
 * One channel's read-ahead buffer for a replay: a store read costs about the same for 40 ms as for
 * a minute of samples (the store finds chunks per read, not per sample), so the replay reads a
 * longer stretch once and serves its short windows from memory. Memory per channel is bounded by
 * the read-ahead length (e.g. 120 s at 100 Hz = 12,000 samples, 192 kB).
 *
 * <p>Not thread-safe: used by the replay's reader thread only.
 */
final class ReadAhead {
  private final SessionStore store;
  private final long sessionId;
  private final Channel channel;
  private long[] times = new long[0];
  private double[] values = new double[0];
  private long cachedFromNanos = Long.MAX_VALUE;
  private long cachedToNanos = Long.MIN_VALUE;

  ReadAhead(SessionStore store, long sessionId, Channel channel) {
    this.store = store;
    this.sessionId = sessionId;
    this.channel = channel;
  }

  /**
   * Samples with {@code fromNanos <= t < toNanos}; reads {@code [fromNanos, max(toNanos, fromNanos
   * + aheadNanos))} from the store when the window is not buffered.
   *
   * <p>The block shares the buffer's arrays when the window starts at the buffer's start (a seek's
   * pre-roll: no copy of a minute of samples); the buffer never writes to them, it only replaces
   * them, so the block stays immutable.
   */
  SampleBlock read(long fromNanos, long toNanos, long aheadNanos) {
    if (fromNanos < cachedFromNanos || toNanos > cachedToNanos) {
      long end = Math.max(toNanos, saturatedAdd(fromNanos, aheadNanos));
      SampleBlock block = store.read(sessionId, channel, fromNanos, end);
      times = block.times();
      values = block.values();
      cachedFromNanos = fromNanos;
      cachedToNanos = end;
    }
    int a = firstAtOrAfter(fromNanos);
    int b = firstAtOrAfter(toNanos);
    if (a == 0) {
      return new SampleBlock(channel, times, values, b);
    }
    return new SampleBlock(
        channel, Arrays.copyOfRange(times, a, b), Arrays.copyOfRange(values, a, b), b - a);
  }

  /** Forgets the buffer (after a seek the next read starts fresh). */
  void clear() {
    times = new long[0];
    values = new double[0];
    cachedFromNanos = Long.MAX_VALUE;
    cachedToNanos = Long.MIN_VALUE;
  }

  private int firstAtOrAfter(long t) {
    int lo = 0;
    int hi = times.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (times[mid] < t) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }
}
