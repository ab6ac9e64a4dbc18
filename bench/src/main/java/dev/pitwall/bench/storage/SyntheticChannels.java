package dev.pitwall.bench.storage;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;

/**
 * Deterministic 100 Hz data for the storage benchmarks: half the channels hold logger-like values
 * (multiples of 0.01, as CAN decoders produce), half full-precision doubles (as the simulator
 * produces), so both value encodings of the codec are exercised.
 */
public final class SyntheticChannels {
  public static final long PERIOD_NANOS = 10_000_000L;
  public final Channel[] channels;

  public SyntheticChannels(int count) {
    channels = new Channel[count];
    for (int c = 0; c < count; c++) {
      channels[c] = new Channel("ch" + c, "-", 100);
    }
  }

  public double value(int channel, long index) {
    double v = 100 + Math.sin(index * 0.01 + channel) * 80 + Math.sin(index * 0.37) * 3;
    return channel % 2 == 0 ? Math.round(v * 100) / 100.0 : v;
  }

  /** {@code n} samples of {@code channel} from sample {@code first}. */
  public SampleBlock block(int channel, long first, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (first + i) * PERIOD_NANOS;
      v[i] = value(channel, first + i);
    }
    return new SampleBlock(channels[channel], t, v, n);
  }
}
