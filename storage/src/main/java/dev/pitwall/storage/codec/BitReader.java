package dev.pitwall.storage.codec;

/**
 * Reads what {@link BitWriter} wrote. Every read past the end throws {@link
 * IllegalArgumentException} naming the position, so a truncated chunk never decodes silently.
 *
 * <p>Why a 64-bit buffer: decoding is the cost of a window read; refilling a word a byte at a time
 * only when it runs low is several times cheaper than loading a long per field.
 */
final class BitReader {
  private final byte[] data;
  private int bytePos; // next byte to load into the buffer
  private long buffer; // upcoming bits, left-aligned
  private int bufferBits;

  BitReader(byte[] data) {
    this.data = data;
  }

  int readByte() {
    return (int) read(8);
  }

  long readZigZagVarint() {
    long raw = 0;
    int shift = 0;
    int b;
    do {
      if (shift > 63) {
        throw new IllegalArgumentException("varint longer than 10 bytes at byte " + position());
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
    if (bufferBits < count) {
      refill();
      if (bufferBits < count) {
        throw new IllegalArgumentException(
            "chunk is truncated at byte " + position() + " of " + data.length);
      }
    }
    long v = buffer >>> (64 - count);
    buffer <<= count;
    bufferBits -= count;
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
    return data.length - bytePos + bufferBits / 8;
  }

  private void refill() {
    while (bufferBits <= 56 && bytePos < data.length) {
      buffer |= (data[bytePos++] & 0xffL) << (56 - bufferBits);
      bufferBits += 8;
    }
  }

  private int position() {
    return bytePos - bufferBits / 8;
  }
}
