package dev.pitwall.storage.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ColumnarChunkCodecTest {
  private static final int N = 4096;
  private static final long TEN_MS = 10_000_000L;

  /** name, times, values, the most bytes per sample the encoding may take. */
  static Stream<Arguments> chunks() {
    SplittableRandom r = new SplittableRandom(7);
    long[] jitter = new long[N]; // CAN-like: 10 ms +- 300 us, microsecond timestamps
    for (int i = 1; i < N; i++) {
      jitter[i] = jitter[i - 1] + TEN_MS + (r.nextInt(601) - 300) * 1000L;
    }
    double[] noise = r.doubles(N).toArray();
    return Stream.of(
        chunk("constant", i -> i * TEN_MS, i -> 6500.0, 0.26),
        chunk("integer ramp", i -> i * TEN_MS, i -> i, 0.26),
        chunk("0.01 resolution ramp", i -> i * TEN_MS, i -> Math.round(i * 3.7) / 100.0, 0.9),
        chunk(
            "0.1 resolution sine",
            i -> i * TEN_MS,
            i -> Math.round(Math.sin(i / 50.0) * 800) / 10.0,
            1.5),
        chunk("float-valued sine", i -> i * TEN_MS, i -> (float) (100 + Math.sin(i / 30.0)), 4.5),
        chunk("double sine", i -> i * TEN_MS, i -> 100 + Math.sin(i / 30.0) * 50, 8.5),
        chunk("uniform noise", i -> i * TEN_MS, i -> noise[i], 8.8),
        chunk(
            "NaN, infinities, -0.0, subnormals",
            i -> i * TEN_MS,
            ColumnarChunkCodecTest::special,
            3),
        chunk(
            "NaN payloads",
            i -> i * TEN_MS,
            i -> Double.longBitsToDouble(0x7ff8_0000_0000_0000L | i),
            3),
        chunk("irregular microsecond times", i -> jitter[i], i -> 7.0, 3),
        chunk("large gaps", i -> i * TEN_MS + (i / 1000) * 3_600_000_000_000L, i -> i % 7, 0.6),
        chunk("times going backwards", i -> (i % 3) * 1_000_000L - i, i -> -i, 3.3),
        chunk(
            "extreme times", i -> i % 2 == 0 ? Long.MIN_VALUE + i : Long.MAX_VALUE - i, i -> i, 30),
        Arguments.of("empty", new long[0], new double[0], 100.0),
        Arguments.of("one sample", new long[] {123_456_789}, new double[] {-0.0}, 100.0));
  }

  private static Arguments chunk(
      String name, IntToLongFunction t, IntToDoubleFunction v, double maxBytesPerSample) {
    long[] times = new long[N];
    double[] values = new double[N];
    for (int i = 0; i < N; i++) {
      times[i] = t.applyAsLong(i);
      values[i] = v.applyAsDouble(i);
    }
    return Arguments.of(name, times, values, maxBytesPerSample);
  }

  private static double special(int i) {
    double[] s = {
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      -0.0,
      0.0,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MIN_NORMAL
    };
    return s[(i / 64) % s.length]; // runs of the same value, as a sensor stuck on a value
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chunks")
  void roundTripsTimesAndValuesBitExactly(String name, long[] t, double[] v, double maxBytes) {
    byte[] data = ColumnarChunkCodec.encode(t, v, t.length);
    long[] times = new long[t.length + 3];
    double[] values = new double[t.length + 3];
    ColumnarChunkCodec.decode(data, t.length, times, values, 3);
    assertArrayEquals(t, Arrays.copyOfRange(times, 3, times.length));
    for (int i = 0; i < v.length; i++) {
      assertEquals(
          Double.doubleToRawLongBits(v[i]),
          Double.doubleToRawLongBits(values[i + 3]),
          "value " + i + " of " + name);
    }
    double perSample = data.length / (double) Math.max(1, t.length);
    assertTrue(perSample <= maxBytes, name + ": " + perSample + " bytes/sample > " + maxBytes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chunks")
  void rejectsATruncatedChunk(String name, long[] t, double[] v, double maxBytes) {
    byte[] data = ColumnarChunkCodec.encode(t, v, t.length);
    byte[] cut = Arrays.copyOf(data, data.length - 1);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ColumnarChunkCodec.decode(cut, t.length, new long[t.length], new double[t.length], 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chunks")
  void rejectsTrailingBytes(String name, long[] t, double[] v, double maxBytes) {
    byte[] encoded = ColumnarChunkCodec.encode(t, v, t.length);
    byte[] extra = Arrays.copyOf(encoded, encoded.length + 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ColumnarChunkCodec.decode(
                    extra, t.length, new long[t.length], new double[t.length], 0));
    assertTrue(e.getMessage().contains("trailing"), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void rejectsAnInvalidHeader() {
    byte[] data = ColumnarChunkCodec.encode(new long[] {0, 1}, new double[] {1, 2}, 2);
    data[0] = 9;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ColumnarChunkCodec.decode(data, 2, new long[2], new double[2], 0));
    assertTrue(e.getMessage().startsWith("chunk header is invalid"), e.getMessage());
  }
}
