package dev.pitwall.hardware.serial;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One {@link SampleBlockBuilder} per channel, created on first use, flushed together. Owned by one
 * thread; {@link #channels()} may be read by any.
 */
final class ChannelBuilders {
  private final Map<Channel, SampleBlockBuilder> builders = new LinkedHashMap<>();
  private final List<Channel> channels = new CopyOnWriteArrayList<>();
  private final List<SampleBlock> ready = new ArrayList<>();
  private long lastTimeNanos = Long.MIN_VALUE;

  void add(Channel channel, long timeNanos, double value) {
    SampleBlockBuilder b = builders.get(channel);
    if (b == null) {
      b = new SampleBlockBuilder(channel, 16);
      builders.put(channel, b);
      channels.add(channel);
    }
    b.add(timeNanos, value);
    lastTimeNanos = timeNanos;
  }

  /** Time of the latest sample added, Long.MIN_VALUE before the first. */
  long lastTimeNanos() {
    return lastTimeNanos;
  }

  /** Closes the current blocks (e.g. before time goes backwards); published on the next flush. */
  void cut() {
    for (SampleBlockBuilder b : builders.values()) {
      if (b.size() > 0) {
        ready.add(b.build());
      }
    }
    lastTimeNanos = Long.MIN_VALUE;
  }

  void flush(SampleSink sink) {
    for (SampleBlock block : ready) {
      sink.publish(block);
    }
    ready.clear();
    for (SampleBlockBuilder b : builders.values()) {
      if (b.size() > 0) {
        sink.publish(b.build());
      }
    }
  }

  List<Channel> channels() {
    return List.copyOf(channels);
  }
}
