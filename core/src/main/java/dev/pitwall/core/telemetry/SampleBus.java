package dev.pitwall.core.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * Fans every published block out to bounded per-consumer buffers (recorder, lap timer, UI, ...).
 *
 * <p>Thread contract: {@link #publish} may be called from any number of source threads at once;
 * each {@link Subscription} is drained by exactly one consumer thread. A full subscription drops
 * the block and counts its samples as overrun — never silently, never blocking the source.
 */
public final class SampleBus implements SampleSink {
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private final Map<Channel, Boolean> channels = new ConcurrentHashMap<>();
  private final List<Channel> channelOrder = new CopyOnWriteArrayList<>();
  private final LongAdder publishedSamples = new LongAdder();
  private final LongAdder publishedBlocks = new LongAdder();

  /**
   * Adds a consumer whose buffer holds at most {@code capacityBlocks} blocks.
   *
   * @param name who consumes, shown next to its overrun counter ("recorder", "ui")
   */
  public Subscription subscribe(String name, int capacityBlocks) {
    Subscription s = new Subscription(name, capacityBlocks, this);
    subscriptions.add(s);
    return s;
  }

  void unsubscribe(Subscription s) {
    subscriptions.remove(s);
  }

  @Override
  public void publish(SampleBlock block) {
    if (block.isEmpty()) {
      return;
    }
    if (channels.putIfAbsent(block.channel(), Boolean.TRUE) == null) {
      channelOrder.add(block.channel());
    }
    publishedSamples.add(block.size());
    publishedBlocks.increment();
    for (Subscription s : subscriptions) {
      s.offer(block);
    }
  }

  /** Channels seen so far, in order of first appearance. */
  public List<Channel> channels() {
    return List.copyOf(channelOrder);
  }

  public long publishedSamples() {
    return publishedSamples.sum();
  }

  public long publishedBlocks() {
    return publishedBlocks.sum();
  }

  /** Samples dropped across all subscriptions because a consumer fell behind. */
  public long droppedSamples() {
    long total = 0;
    for (Subscription s : subscriptions) {
      total += s.droppedSamples();
    }
    return total;
  }

  public List<Subscription> subscriptions() {
    return new ArrayList<>(subscriptions);
  }
}
