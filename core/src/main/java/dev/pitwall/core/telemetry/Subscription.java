package dev.pitwall.core.telemetry;

import java.util.Collection;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One consumer's bounded buffer on a {@link SampleBus}. Filled by source threads, drained by one
 * consumer thread (the recorder's writer thread, the FX pulse, ...).
 */
public final class Subscription implements AutoCloseable {
  private final String name;
  private final ArrayBlockingQueue<SampleBlock> queue;
  private final SampleBus bus;
  private final AtomicLong droppedSamples = new AtomicLong();
  private final AtomicLong droppedBlocks = new AtomicLong();

  Subscription(String name, int capacityBlocks, SampleBus bus) {
    if (capacityBlocks < 1) {
      throw new IllegalArgumentException("capacity must be >= 1 block: " + capacityBlocks);
    }
    this.name = name;
    this.queue = new ArrayBlockingQueue<>(capacityBlocks);
    this.bus = bus;
  }

  void offer(SampleBlock block) {
    if (!queue.offer(block)) {
      droppedBlocks.incrementAndGet();
      droppedSamples.addAndGet(block.size());
    }
  }

  public String name() {
    return name;
  }

  /** Moves everything buffered now into {@code into}; returns how many blocks moved. */
  public int drainTo(Collection<? super SampleBlock> into) {
    return queue.drainTo(into);
  }

  /** Waits up to {@code timeout} for the next block; null when none arrived. */
  public SampleBlock poll(long timeout, TimeUnit unit) throws InterruptedException {
    return queue.poll(timeout, unit);
  }

  public int buffered() {
    return queue.size();
  }

  public long droppedSamples() {
    return droppedSamples.get();
  }

  public long droppedBlocks() {
    return droppedBlocks.get();
  }

  @Override
  public void close() {
    bus.unsubscribe(this);
  }
}
