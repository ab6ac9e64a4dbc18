package dev.pitwall.app.live;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.Subscription;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One named daemon thread that drains a bus {@link Subscription} into a consumer (a lap timer, ...)
 * until its source has stopped and nothing is left buffered — so a consumer sees every block the
 * source published before it ended.
 *
 * <p>Thread contract: the consumer runs on this thread only; {@link #start}, {@link #awaitEnd} and
 * {@link #close} may be called from any other thread.
 */
public final class SubscriptionDrain {
  private final Subscription subscription;
  private final TelemetrySource source;
  private final Consumer<SampleBlock> consumer;
  private final Thread thread;
  private final CountDownLatch ended = new CountDownLatch(1);

  public SubscriptionDrain(
      Subscription subscription,
      TelemetrySource source,
      Consumer<SampleBlock> consumer,
      String threadName) {
    this.subscription = subscription;
    this.source = source;
    this.consumer = consumer;
    this.thread = new Thread(this::run, threadName);
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try {
      while (true) {
        SampleBlock block = subscription.poll(50, TimeUnit.MILLISECONDS);
        if (block != null) {
          consumer.accept(block);
        } else if (source.state() == SourceState.STOPPED && subscription.buffered() == 0) {
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      ended.countDown();
    }
  }

  /** Waits until the source stopped and everything it published was consumed. */
  public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
    return ended.await(timeout, unit);
  }

  /** Leaves the bus; call after {@link #awaitEnd}. */
  public void close() {
    subscription.close();
  }
}
