package dev.pitwall.storage.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads what {@link BitWriter} wrote. Every read past the end throws {@link
 * IllegalArgumentException} naming the position, so a truncated chunk never decodes silently.
 */
final class BitReader {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private final byte[] data;
  private final long limitBits;
  private long bitPos;

  BitReader(byte[] data) {
    this.data = data;
    this.limitBits = data.length * 8L;
  }

  int readByte() {
    if (bitPos + 8 > limitBits) {
      throw truncated();
    }
    int b = data[(int) (bitPos >>> 3)] & 0xff;
    bitPos += 8;
    return b;
  }

  long readZigZagVarint() {
    long raw = 0;
    int shift = 0;
    int b;
    do {
      if (shift > 63) {
        throw new IllegalArgumentException("varint longer than 10 bytes at byte " + (bitPos >>> 3));
      }
      b = readByte();
      raw |= (long) (b & 0x7f) << shift;
      shift += 7;
    } while ((b & 0x80) != 0);
    return (raw >>> 1) ^ -(raw & 1);
  }

  /** The next {@code count} (0..64) bits as an unsigned number. */
  long read(int count) {
    if (count > 56) {
      long hi = read(count - 32);
      return (hi << 32) | read(32);
    }
    if (count == 0) {
      return 0;
    }
    if (bitPos + count > limitBits) {
      throw truncated();
    }
    int index = (int) (bitPos >>> 3);
    long window = index + 8 <= data.length ? (long) LONGS.get(data, index) : tailWindow(index);
    long v = (window << (int) (bitPos & 7)) >>> (64 - count);
    bitPos += count;
    return v;
  }

  boolean readBit() {
    return read(1) != 0;
  }

  /** The next {@code count} bits as a two's complement signed number. */
  long readSigned(int count) {
    long v = read(count);
    return count == 64 ? v : (v << (64 - count)) >> (64 - count);
  }

  /** Bytes not consumed, counting a partly read byte as consumed. */
  int remainingBytes() {
    return data.length - (int) ((bitPos + 7) >>> 3);
  }

  private long tailWindow(int index) {
    long w = 0;
    for (int i = 0; i < 8; i++) {
      w = (w << 8) | (index + i < data.length ? data[index + i] & 0xff : 0);
    }
    return w;
  }

  private IllegalArgumentException truncated() {
    return new IllegalArgumentException(
        "chunk is truncated at byte " + (bitPos >>> 3) + " of " + data.length);
  }
}
