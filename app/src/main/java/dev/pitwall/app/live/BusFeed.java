package dev.pitwall.app.live;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import java.util.List;

/**
 * A {@link LiveFeed} whose samples travel on one {@link SampleBus} of its own: the screen's
 * subscriptions, the channels seen and the dropped samples are the bus's. Extended by the live
 * session and the replay (and the UI tests' fake), which add the source, laps and recording.
 *
 * <p>Thread contract: as {@link LiveFeed}; the bus itself is safe from any thread.
 */
public abstract class BusFeed implements LiveFeed {
  /** The source publishes into it; recorder, lap timer and screen subscribe to it. */
  protected final SampleBus bus = new SampleBus();

  @Override
  public Subscription subscribe(String name, int capacityBlocks) {
    return bus.subscribe(name, capacityBlocks);
  }

  @Override
  public List<Channel> channels() {
    return bus.channels();
  }

  @Override
  public long droppedSamples() {
    return bus.droppedSamples();
  }

  /** Samples published on the bus since the start. */
  public long publishedSamples() {
    return bus.publishedSamples();
  }
}
