package dev.pitwall.storage.codec;

/**
 * Compressed layout of one chunk of samples of one channel (chunk format 2), bit-exact for every
 * long time and every double (NaN payloads, -0.0, infinities).
 *
 * <pre>
 *   byte   value mode: 0 = XOR, 1 = decimal k / 10^e, 2 = decimal k * 10^-e
 *   byte   e, the decimal exponent of modes 1 and 2 (0..8)
 *   byte   q: every time step is a multiple of 10^q ns (0..9)
 *   varint zig-zag t[0] in ns
 *   bits   times: delta-of-delta of (t[i] - t[i-1]) / 10^q, in a bucket code (below)
 *   bits   values, by mode:
 *          XOR: Gorilla (Pelkonen et al., VLDB 2015): raw 64 bits of v[0], then per value the XOR
 *               with the previous one: '0' equal; '10' + bits inside the previous window;
 *               '11' + 6 bits leading zeros + 6 bits (length - 1) + the meaningful bits
 *          decimal: the integers k[i] as delta-of-delta in the bucket code
 * </pre>
 *
 * <p>Bucket code of a signed number: '0' is 0; '10' + 7 bits; '110' + 12; '1110' + 20; '11110' +
 * 32; '11111' + 64 (two's complement). Time arithmetic wraps consistently, so even {@code
 * Long.MIN_VALUE .. Long.MAX_VALUE} round-trips.
 *
 * <p>Why decimal modes: values that CAN decoders and loggers produce are integers times a
 * resolution (0.01 km/h, 0.1 bar); stored as such they take a few bits instead of Gorilla's ~50 for
 * a changing double. They are only chosen when every value of the chunk reconstructs bit for bit;
 * anything else uses XOR. Regular timestamps (100 Hz = 10^7 ns) take 1 bit.
 */
public final class ColumnarChunkCodec {
  private static final int XOR = 0;
  private static final int DECIMAL_DIVIDE = 1;
  private static final int DECIMAL_MULTIPLY = 2;
  private static final int MAX_DECIMALS = 8;
  private static final int[] WIDTHS = {0, 7, 12, 20, 32, 64};
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  private static final double[] INV_POW10 = {1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8};
  private static final long[] LONG_POW10 = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };
  private static final double MAX_EXACT = 0x1p52;

  private ColumnarChunkCodec() {}

  /** Encodes the first {@code n} samples. */
  public static byte[] encode(long[] times, double[] values, int n) {
    BitWriter out = new BitWriter(n * 2 + 16);
    int[] decimal = decimalMode(values, n);
    int q = timeQuantum(times, n);
    out.writeByte(decimal[0]);
    out.writeByte(decimal[1]);
    out.writeByte(q);
    out.writeZigZagVarint(n == 0 ? 0 : times[0]);
    writeTimes(out, times, n, LONG_POW10[q]);
    if (decimal[0] == XOR) {
      writeXor(out, values, n);
    } else {
      writeDecimals(out, values, n, decimal[1]);
    }
    return out.toByteArray();
  }

  /**
   * Decodes a chunk of {@code n} samples into the arrays at {@code offset}.
   *
   * @throws IllegalArgumentException if the bytes do not hold exactly {@code n} samples
   */
  public static void decode(byte[] data, int n, long[] times, double[] values, int offset) {
    BitReader in = new BitReader(data);
    int mode = in.readByte();
    int e = in.readByte();
    int q = in.readByte();
    if (mode > DECIMAL_MULTIPLY || e > MAX_DECIMALS || q >= LONG_POW10.length) {
      throw new IllegalArgumentException(
          "chunk header is invalid (mode " + mode + ", e " + e + ", q " + q + ")");
    }
    long t0 = in.readZigZagVarint();
    readTimes(in, n, t0, LONG_POW10[q], times, offset);
    if (mode == XOR) {
      readXor(in, n, values, offset);
    } else {
      readDecimals(in, n, mode, e, values, offset);
    }
    if (in.remainingBytes() != 0) {
      throw new IllegalArgumentException(
          "chunk of " + n + " samples has " + in.remainingBytes() + " trailing bytes");
    }
  }

  /** The largest q with every time step a multiple of 10^q ns. */
  private static int timeQuantum(long[] t, int n) {
    int q = LONG_POW10.length - 1;
    for (int i = 1; i < n && q > 0; i++) {
      long d = t[i] - t[i - 1];
      while (q > 0 && d % LONG_POW10[q] != 0) {
        q--;
      }
    }
    return q;
  }

  private static void writeTimes(BitWriter out, long[] t, int n, long quantum) {
    long previousDelta = 0;
    for (int i = 1; i < n; i++) {
      long delta = (t[i] - t[i - 1]) / quantum;
      writeBucket(out, delta - previousDelta);
      previousDelta = delta;
    }
  }

  private static void readTimes(BitReader in, int n, long t0, long quantum, long[] t, int off) {
    if (n == 0) {
      return;
    }
    long previous = t0;
    long delta = 0;
    t[off] = t0;
    for (int i = 1; i < n; i++) {
      delta += readBucket(in);
      previous += delta * quantum;
      t[off + i] = previous;
    }
  }

  /** {mode, e}: the smallest e at which every value reconstructs exactly, else {XOR, 0}. */
  private static int[] decimalMode(double[] v, int n) {
    if (n == 0) {
      return new int[] {XOR, 0};
    }
    for (int e = 0; e <= MAX_DECIMALS; e++) {
      if (allDecimal(v, n, e, true)) {
        return new int[] {DECIMAL_DIVIDE, e};
      }
      if (allDecimal(v, n, e, false)) {
        return new int[] {DECIMAL_MULTIPLY, e};
      }
    }
    return new int[] {XOR, 0};
  }

  private static boolean allDecimal(double[] v, int n, int e, boolean divide) {
    for (int i = 0; i < n; i++) {
      double scaled = v[i] * POW10[e];
      if (!(Math.abs(scaled) < MAX_EXACT)) { // also false for NaN and infinities
        return false;
      }
      long k = Math.round(scaled);
      double back = divide ? k / POW10[e] : k * INV_POW10[e];
      if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(v[i])) {
        return false;
      }
    }
    return true;
  }

  private static void writeDecimals(BitWriter out, double[] v, int n, int e) {
    long previous = 0;
    long previousDelta = 0;
    for (int i = 0; i < n; i++) {
      long k = Math.round(v[i] * POW10[e]);
      long delta = k - previous;
      writeBucket(out, delta - previousDelta);
      previous = k;
      previousDelta = delta;
    }
  }

  private static void readDecimals(BitReader in, int n, int mode, int e, double[] v, int off) {
    long k = 0;
    long delta = 0;
    for (int i = 0; i < n; i++) {
      delta += readBucket(in);
      k += delta;
      v[off + i] = mode == DECIMAL_DIVIDE ? k / POW10[e] : k * INV_POW10[e];
    }
  }

  private static void writeXor(BitWriter out, double[] v, int n) {
    if (n == 0) {
      return;
    }
    long previous = Double.doubleToRawLongBits(v[0]);
    out.write(previous, 64);
    int lead = -1;
    int trail = 0;
    for (int i = 1; i < n; i++) {
      long bits = Double.doubleToRawLongBits(v[i]);
      long x = bits ^ previous;
      previous = bits;
      if (x == 0) {
        out.writeBit(false);
        continue;
      }
      int l = Long.numberOfLeadingZeros(x);
      int t = Long.numberOfTrailingZeros(x);
      if (lead >= 0 && l >= lead && t >= trail) {
        out.write(0b10, 2);
        out.write(x >>> trail, 64 - lead - trail);
      } else {
        lead = l;
        trail = t;
        int length = 64 - l - t;
        out.write(0b11, 2);
        out.write(l, 6);
        out.write(length - 1, 6);
        out.write(x >>> t, length);
      }
    }
  }

  private static void readXor(BitReader in, int n, double[] v, int off) {
    if (n == 0) {
      return;
    }
    long previous = in.read(64);
    v[off] = Double.longBitsToDouble(previous);
    int lead = -1;
    int trail = 0;
    for (int i = 1; i < n; i++) {
      if (in.readBit()) {
        if (!in.readBit()) {
          if (lead < 0) {
            throw new IllegalArgumentException("chunk value " + i + " reuses a missing window");
          }
        } else {
          lead = (int) in.read(6);
          trail = 64 - lead - ((int) in.read(6) + 1);
          if (trail < 0) {
            throw new IllegalArgumentException("chunk value " + i + " has an invalid window");
          }
        }
        previous ^= in.read(64 - lead - trail) << trail;
      }
      v[off + i] = Double.longBitsToDouble(previous);
    }
  }

  private static void writeBucket(BitWriter out, long v) {
    int level = 0;
    while (level < WIDTHS.length - 1 && !fits(v, WIDTHS[level])) {
      level++;
    }
    if (level < WIDTHS.length - 1) {
      out.write((1L << (level + 1)) - 2, level + 1); // level ones, then a zero
    } else {
      out.write((1L << level) - 1, level); // all ones
    }
    out.write(v, WIDTHS[level]);
  }

  private static long readBucket(BitReader in) {
    int level = 0;
    while (level < WIDTHS.length - 1 && in.readBit()) {
      level++;
    }
    return level == 0 ? 0 : in.readSigned(WIDTHS[level]);
  }

  private static boolean fits(long v, int width) {
    if (width == 0) {
      return v == 0;
    }
    long half = 1L << (width - 1);
    return width == 64 || (v >= -half && v < half);
  }
}
