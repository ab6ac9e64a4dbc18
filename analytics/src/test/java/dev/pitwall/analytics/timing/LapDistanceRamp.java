package dev.pitwall.analytics.timing;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;

/** Synthetic lapDistance samples at a fixed rate, cut into blocks like a source would. */
final class LapDistanceRamp {
  static final long PERIOD_NANOS = 10_000_000L; // 100 Hz

  private LapDistanceRamp() {}

  /** Constant speed: distance {@code (startM + speed * t) mod lapM}. */
  static LongToDoubleFunction constantSpeed(double startM, double speedMps, double lapM) {
    return t -> (startM + speedMps * t / 1e9) % lapM;
  }

  /**
   * Time (ns) at which a constant-speed car crosses the line for the {@code k}-th time (1-based).
   */
  static double crossingNanos(int k, double startM, double speedMps, double lapM) {
    return (k * lapM - startM) / speedMps * 1e9;
  }

  /**
   * Samples {@code t = firstNanos + i * PERIOD_NANOS} for {@code count} samples, in blocks of 7.
   */
  static List<SampleBlock> blocks(
      Channel channel, long firstNanos, int count, LongToDoubleFunction distanceAt) {
    List<SampleBlock> blocks = new ArrayList<>();
    SampleBlockBuilder builder = new SampleBlockBuilder(channel, 8);
    for (int i = 0; i < count; i++) {
      long t = firstNanos + i * PERIOD_NANOS;
      builder.add(t, distanceAt.applyAsDouble(t));
      if (builder.size() == 7) {
        blocks.add(builder.build());
      }
    }
    if (builder.size() > 0) {
      blocks.add(builder.build());
    }
    return blocks;
  }
}
