package dev.pitwall.storage.h2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Binary layout of one chunk of samples of one channel (schema version 1).
 *
 * <pre>
 *   n × 8 bytes   values: IEEE-754 bits as stored by Double.doubleToRawLongBits, little-endian
 *   n × varint    times: zig-zag LEB128 of t[0], then of t[i] - t[i-1] (nanoseconds)
 * </pre>
 *
 * <p>Bit-exact for every double (NaN payloads included) and every long time. Regular 100 Hz data
 * (10 ms = 10^7 ns deltas) takes 4 bytes of time per sample, i.e. 12 bytes per sample. Times may go
 * backwards inside a chunk (zig-zag keeps negative deltas small); readers sort.
 */
final class ChunkCodec {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private ChunkCodec() {}

  /** Encodes the first {@code n} samples. */
  static byte[] encode(long[] times, double[] values, int n) {
    byte[] out = new byte[n * 8 + n * 10];
    for (int i = 0; i < n; i++) {
      LONGS.set(out, i * 8, Double.doubleToRawLongBits(values[i]));
    }
    int pos = n * 8;
    long previous = 0;
    for (int i = 0; i < n; i++) {
      pos = writeVarint(out, pos, zigzag(times[i] - previous));
      previous = times[i];
    }
    return java.util.Arrays.copyOf(out, pos);
  }

  /**
   * Decodes a chunk of {@code n} samples into the arrays at {@code offset}.
   *
   * @throws IllegalArgumentException if the bytes do not hold {@code n} samples
   */
  static void decode(byte[] data, int n, long[] times, double[] values, int offset) {
    if (data.length < n * 8L + n) {
      throw new IllegalArgumentException(
          "chunk of " + n + " samples is too short: " + data.length + " bytes");
    }
    for (int i = 0; i < n; i++) {
      values[offset + i] = Double.longBitsToDouble((long) LONGS.get(data, i * 8));
    }
    int pos = n * 8;
    long previous = 0;
    for (int i = 0; i < n; i++) {
      long raw = 0;
      int shift = 0;
      byte b;
      do {
        if (pos >= data.length || shift > 63) {
          throw new IllegalArgumentException("chunk time " + i + " of " + n + " is truncated");
        }
        b = data[pos++];
        raw |= (long) (b & 0x7f) << shift;
        shift += 7;
      } while (b < 0);
      previous += (raw >>> 1) ^ -(raw & 1);
      times[offset + i] = previous;
    }
    if (pos != data.length) {
      throw new IllegalArgumentException(
          "chunk of " + n + " samples has " + (data.length - pos) + " trailing bytes");
    }
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static int writeVarint(byte[] out, int pos, long v) {
    while ((v & ~0x7fL) != 0) {
      out[pos++] = (byte) ((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out[pos++] = (byte) v;
    return pos;
  }
}
