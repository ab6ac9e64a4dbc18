package dev.pitwall.hardware.f1;

import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects decoded values per (channel, car) in reusable primitive buffers and hands them to a sink
 * as {@link SampleBlock}s on {@link #flush}, so the bus sees a few columnar blocks instead of one
 * object per value. Blocks are exact-size copies, so a flush allocates only what it publishes (a
 * full grid touches ~2,000 series per flush). Also keeps what the session and participants packets
 * tell about the session.
 *
 * <p>Thread contract: written and flushed by the receiving thread only; {@link #channels()}, {@link
 * #metadata()} and {@link #session()} may be read by any thread.
 */
public final class F1BlockAccumulator implements F1Output {
  private static final int CARS = F1CarIndex.MAX_CARS + 1; // car 0..22 (22 when spectating)
  private static final int SERIES = F1Channel.values().length * CARS;

  private final Channel[] channelOf = new Channel[SERIES];
  private final long[][] times = new long[SERIES][];
  private final double[][] values = new double[SERIES][];
  private final int[] sizes = new int[SERIES];

  /** Series holding samples since the last flush, so a flush touches only those. */
  private final int[] dirty = new int[SERIES];

  private final List<Channel> channels = new CopyOnWriteArrayList<>();
  private volatile SourceMetadata metadata = SourceMetadata.UNKNOWN;
  private volatile F1SessionInfo session;
  private int dirtyCount;
  private int pending;

  @Override
  public void sample(F1Channel channel, int car, long timeNanos, double value) {
    int s = channel.ordinal() * CARS + car;
    if (channelOf[s] == null) {
      channelOf[s] = channel.channel(car);
      times[s] = new long[8];
      values[s] = new double[8];
      channels.add(channelOf[s]);
    }
    int n = sizes[s];
    if (n == 0) {
      dirty[dirtyCount++] = s;
    } else if (n == times[s].length) {
      times[s] = Arrays.copyOf(times[s], n * 2);
      values[s] = Arrays.copyOf(values[s], n * 2);
    }
    times[s][n] = timeNanos;
    values[s][n] = value;
    sizes[s] = n + 1;
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

  /** Publishes every series that has samples; returns the number of samples handed over. */
  public int flush(SampleSink sink) {
    for (int i = 0; i < dirtyCount; i++) {
      int s = dirty[i];
      int n = sizes[s];
      sink.publish(
          new SampleBlock(
              channelOf[s], Arrays.copyOf(times[s], n), Arrays.copyOf(values[s], n), n));
      sizes[s] = 0;
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
