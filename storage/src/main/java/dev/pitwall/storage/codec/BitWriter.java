package dev.pitwall.storage.codec;

import java.util.Arrays;

/** Appends bit fields, most significant bit first, into a growing byte array. Not thread-safe. */
final class BitWriter {
  private byte[] bytes;
  private int size; // whole bytes written
  private long acc; // pending bits, right-aligned
  private int accBits; // 0..63

  BitWriter(int expectedBytes) {
    bytes = new byte[Math.max(16, expectedBytes)];
  }

  /** Appends whole bytes; only valid while no bits are pending. */
  void writeByte(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
  }

  /** Appends a zig-zag LEB128 varint of {@code v}; only valid while no bits are pending. */
  void writeZigZagVarint(long v) {
    long z = (v << 1) ^ (v >> 63);
    while ((z & ~0x7fL) != 0) {
      writeByte((int) ((z & 0x7f) | 0x80));
      z >>>= 7;
    }
    writeByte((int) z);
  }

  /** Appends the low {@code count} (0..64) bits of {@code v}. */
  void write(long v, int count) {
    if (count > 32) {
      write(v >>> 32, count - 32);
      write(v, 32);
      return;
    }
    if (count == 0) {
      return;
    }
    acc = (acc << count) | (v & ((1L << count) - 1));
    accBits += count;
    if (accBits >= 32) {
      accBits -= 32;
      ensure(4);
      int word = (int) (acc >>> accBits);
      bytes[size] = (byte) (word >>> 24);
      bytes[size + 1] = (byte) (word >>> 16);
      bytes[size + 2] = (byte) (word >>> 8);
      bytes[size + 3] = (byte) word;
      size += 4;
    }
  }

  void writeBit(boolean bit) {
    write(bit ? 1 : 0, 1);
  }

  /** The bytes written, the last one padded with zero bits. */
  byte[] toByteArray() {
    int pending = accBits;
    long rest = acc;
    ensure(8);
    int out = size;
    while (pending > 0) {
      int take = Math.min(8, pending);
      pending -= take;
      int b = (int) ((rest >>> pending) & ((1 << take) - 1)) << (8 - take);
      bytes[out++] = (byte) b;
    }
    return Arrays.copyOf(bytes, out);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
