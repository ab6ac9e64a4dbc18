package dev.pitwall.hardware.f1;

import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects decoded values into one {@link SampleBlockBuilder} per (channel, car) and hands them to
 * a sink as blocks on {@link #flush}, so the bus sees a few columnar blocks instead of one object
 * per value. Also keeps what the session and participants packets tell about the session.
 *
 * <p>Thread contract: written and flushed by the receiving thread only; {@link #channels()} and
 * {@link #metadata()} may be read by any thread.
 */
public final class F1BlockAccumulator implements F1Output {
  private final SampleBlockBuilder[][] builders =
      new SampleBlockBuilder[F1Channel.values().length][F1CarIndex.MAX_CARS + 1];
  private final List<Channel> channels = new CopyOnWriteArrayList<>();
  private volatile SourceMetadata metadata = SourceMetadata.UNKNOWN;
  private volatile F1SessionInfo session;

  /** Builders holding samples since the last flush, so a flush touches only those. */
  private final SampleBlockBuilder[] dirty =
      new SampleBlockBuilder[builders.length * builders[0].length];

  private int dirtyCount;
  private int pending;

  @Override
  public void sample(F1Channel channel, int car, long timeNanos, double value) {
    SampleBlockBuilder b = builders[channel.ordinal()][car];
    if (b == null) {
      b = new SampleBlockBuilder(channel.channel(car), 8);
      builders[channel.ordinal()][car] = b;
      channels.add(b.channel());
    }
    if (b.size() == 0) {
      dirty[dirtyCount++] = b;
    }
    b.add(timeNanos, value);
    pending++;
  }

  @Override
  public void session(F1SessionInfo info) {
    session = info;
    SourceMetadata m = metadata;
    metadata = new SourceMetadata(m.car(), m.driver(), info.trackName());
  }

  @Override
  public void participants(List<F1Participant> participants) {
    for (F1Participant p : participants) {
      if (p.car() == 0) {
        SourceMetadata m = metadata;
        metadata = new SourceMetadata("F1 team " + p.teamId(), p.name(), m.track());
      }
    }
  }

  /** Publishes every non-empty builder as a block; returns the number of samples handed over. */
  public int flush(SampleSink sink) {
    if (pending == 0) {
      return 0;
    }
    for (int i = 0; i < dirtyCount; i++) {
      sink.publish(dirty[i].build());
      dirty[i] = null;
    }
    dirtyCount = 0;
    int flushed = pending;
    pending = 0;
    return flushed;
  }

  /** Samples collected since the last flush. */
  public int pending() {
    return pending;
  }

  public List<Channel> channels() {
    return List.copyOf(channels);
  }

  public SourceMetadata metadata() {
    return metadata;
  }

  /** The latest session packet, null before the first. */
  public F1SessionInfo session() {
    return session;
  }
}
