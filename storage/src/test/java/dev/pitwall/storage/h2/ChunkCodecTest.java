package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChunkCodecTest {

  static Stream<Arguments> chunks() {
    return Stream.of(
        Arguments.of("empty", new long[0], new double[0], 0),
        Arguments.of("one sample at 0", new long[] {0}, new double[] {1.5}, 9),
        Arguments.of(
            "100 Hz: 4-byte deltas",
            new long[] {0, 10_000_000, 20_000_000},
            new double[3],
            3 * 8 + 1 + 4 + 4),
        Arguments.of(
            "time going backwards",
            new long[] {50_000_000, 40_000_000, 40_000_000},
            new double[] {Double.NaN, -0.0, Double.MIN_VALUE},
            3 * 8 + 4 + 4 + 1),
        Arguments.of(
            "extreme times",
            new long[] {Long.MIN_VALUE, -1, Long.MAX_VALUE},
            new double[] {Double.NEGATIVE_INFINITY, Double.MAX_VALUE, 0.1},
            3 * 8 + 10 + 10 + 10));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chunks")
  void roundTripsTimesAndValuesBitExactly(String name, long[] t, double[] v, int expectedBytes) {
    byte[] data = ChunkCodec.encode(t, v, t.length);
    assertEquals(expectedBytes, data.length, "encoded size");
    long[] times = new long[t.length + 2];
    double[] values = new double[t.length + 2];
    ChunkCodec.decode(data, t.length, times, values, 2);
    assertArrayEquals(t, Arrays.copyOfRange(times, 2, times.length));
    for (int i = 0; i < v.length; i++) {
      assertEquals(Double.doubleToRawLongBits(v[i]), Double.doubleToRawLongBits(values[i + 2]));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chunks")
  void rejectsATruncatedChunk(String name, long[] t, double[] v, int expectedBytes) {
    if (t.length == 0) {
      return; // nothing to truncate
    }
    byte[] data = ChunkCodec.encode(t, v, t.length);
    byte[] cut = Arrays.copyOf(data, data.length - 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> ChunkCodec.decode(cut, t.length, new long[t.length], new double[t.length], 0));
  }
}
