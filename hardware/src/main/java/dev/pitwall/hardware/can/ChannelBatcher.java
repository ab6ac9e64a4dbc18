package dev.pitwall.hardware.can;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;

/**
 * Collects decoded values into one {@link SampleBlockBuilder} per channel and publishes them as
 * blocks, so a sink sees a few blocks per flush instead of one call per signal.
 *
 * <p>Times become nanoseconds since the first frame. A frame older than the channel's last sample
 * (logs are not always ordered) is clamped to that time, keeping blocks non-decreasing.
 *
 * <p>Not thread-safe: owned by the source thread.
 */
public final class ChannelBatcher implements DecodedValueSink {
  private final List<Channel> channels;
  private final SampleBlockBuilder[] builders;
  private final long[] lastTime;
  private long originNanos = Long.MIN_VALUE;
  private int pending;

  public ChannelBatcher(List<Channel> channels) {
    this.channels = List.copyOf(channels);
    this.builders = new SampleBlockBuilder[channels.size()];
    this.lastTime = new long[channels.size()];
  }

  @Override
  public void value(int channelIndex, long timeNanos, double value) {
    if (originNanos == Long.MIN_VALUE) {
      originNanos = timeNanos;
    }
    SampleBlockBuilder b = builders[channelIndex];
    if (b == null) {
      b = new SampleBlockBuilder(channels.get(channelIndex), 64);
      builders[channelIndex] = b;
    }
    long t = Math.max(timeNanos - originNanos, lastTime[channelIndex]);
    lastTime[channelIndex] = t;
    b.add(t, value);
    pending++;
  }

  /** Samples added since the last flush. */
  public int pending() {
    return pending;
  }

  /** Publishes every non-empty builder and counts the samples. */
  public void flush(SampleSink sink, SourceCounters counters) {
    if (pending == 0) {
      return;
    }
    for (SampleBlockBuilder b : builders) {
      if (b != null && b.size() > 0) {
        int n = b.size();
        sink.publish(b.build());
        counters.samples(n);
      }
    }
    pending = 0;
  }
}
