package dev.pitwall.app.ui.stream;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.Subscription;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drains the UI's {@link Subscription} into one {@link ChannelRing} per channel, once per frame.
 *
 * <p>Thread contract: FX thread only. The subscription is filled by source threads; draining moves
 * whole blocks (no per-sample hand-off, no {@code Platform.runLater}).
 */
public final class LiveChannels {
  private final Subscription subscription;
  private final double historyS;
  private final Map<Channel, ChannelRing> rings = new HashMap<>();
  private final Map<String, ChannelRing> byKey = new HashMap<>();
  private final List<SampleBlock> scratch = new ArrayList<>();
  private final List<Integer> cars = new ArrayList<>();
  private long drainedSamples;
  private long latestTimeNanos = Long.MIN_VALUE;

  /**
   * @param historyS how much history each ring keeps at the channel's nominal rate, in seconds
   */
  public LiveChannels(Subscription subscription, double historyS) {
    this.subscription = subscription;
    this.historyS = historyS;
  }

  /** Moves everything buffered into the rings; returns the number of samples moved. */
  public int drain() {
    scratch.clear();
    subscription.drainTo(scratch);
    int samples = 0;
    for (SampleBlock block : scratch) {
      ring(block.channel()).append(block);
      samples += block.size();
      latestTimeNanos = Math.max(latestTimeNanos, block.lastTimeNanos());
    }
    scratch.clear();
    drainedSamples += samples;
    return samples;
  }

  private ChannelRing ring(Channel channel) {
    ChannelRing ring = rings.get(channel);
    if (ring == null) {
      double rateHz = channel.nominalRateHz() > 0 ? channel.nominalRateHz() : 100;
      ring = new ChannelRing(channel, (int) Math.ceil(rateHz * historyS * 1.25) + 16);
      rings.put(channel, ring);
      byKey.put(channel.key(), ring);
      if (!cars.contains(channel.car())) {
        cars.add(channel.car());
        cars.sort(null);
      }
    }
    return ring;
  }

  /** The ring of a channel by {@link Channel#key()} ({@code speed}, {@code car2/posX}); or null. */
  public ChannelRing ring(String key) {
    return byKey.get(key);
  }

  /** Newest value of a channel, NaN if nothing arrived yet. */
  public double latest(String key) {
    ChannelRing ring = byKey.get(key);
    return ring == null ? Double.NaN : ring.latestValue();
  }

  /** Newest sample time over all channels (the "now" of the live screen), or MIN_VALUE. */
  public long latestTimeNanos() {
    return latestTimeNanos;
  }

  public long drainedSamples() {
    return drainedSamples;
  }

  public long droppedSamples() {
    return subscription.droppedSamples();
  }

  /** Car indices that delivered any channel so far, ascending (a read-only view). */
  public List<Integer> cars() {
    return Collections.unmodifiableList(cars);
  }
}
