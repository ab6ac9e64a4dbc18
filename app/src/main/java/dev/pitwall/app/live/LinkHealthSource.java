package dev.pitwall.app.live;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceLifecycle;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.source.TelemetrySource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps a hardware source for a session: records its link health into the session as channels and
 * ends the session when the source's input ends.
 *
 * <ul>
 *   <li>Once per second (wall time) and once more when stopped, the health counters are published
 *       as {@code link.*} channels. A replay stamps them with the latest session time seen in its
 *       data (a replay at {@code speed=max} gets fewer points); a live link, whose session time is
 *       receive time, with the time since start, so a session limit ({@code --duration}) is reached
 *       even while the link is silent.
 *   <li>A source whose own thread gives up moves to {@link SourceState#DISCONNECTED} (end of a
 *       candump log, a kernel without CAN); that is the end of its input, so it is stopped, which
 *       lets the {@link LiveSession} finish.
 * </ul>
 *
 * <p>Threads: the delegate's thread publishes data; {@code pitwall-link-health} publishes health;
 * {@link #stop} is synchronized so a second caller waits until the final health is published.
 */
final class LinkHealthSource implements TelemetrySource {
  static final List<Channel> CHANNELS =
      List.of(
          new Channel("link.state", "-", 1),
          new Channel("link.frames", "frames", 1),
          new Channel("link.samples", "samples", 1),
          new Channel("link.invalidFrames", "frames", 1),
          new Channel("link.decodeErrors", "frames", 1),
          new Channel("link.unknownIds", "frames", 1),
          new Channel("link.errorFrames", "frames", 1),
          new Channel("link.reconnects", "-", 1));
  private static final long PERIOD_MS = 1_000;

  private final TelemetrySource delegate;
  private final boolean replay;
  private long startNanos;
  private final AtomicLong latestNanos = new AtomicLong();
  private volatile SampleSink sink;
  private volatile boolean stopped;
  private Thread sampler;

  /**
   * @param replay true when the source's time base is a recording's (candump), not receive time
   */
  LinkHealthSource(TelemetrySource delegate, boolean replay) {
    this.delegate = delegate;
    this.replay = replay;
    delegate
        .lifecycle()
        .addListener(
            (name, from, to) -> {
              if (to == SourceState.DISCONNECTED) {
                Thread.ofPlatform().name("pitwall-source-ended").daemon().start(this::stop);
              }
            });
  }

  TelemetrySource delegate() {
    return delegate;
  }

  @Override
  public String uri() {
    return delegate.uri();
  }

  @Override
  public SourceMetadata metadata() {
    return delegate.metadata();
  }

  @Override
  public List<Channel> channels() {
    return delegate.channels();
  }

  @Override
  public SourceLifecycle lifecycle() {
    return delegate.lifecycle();
  }

  @Override
  public SourceHealth health() {
    return delegate.health();
  }

  @Override
  public synchronized void start(SampleSink target) {
    this.sink = target;
    this.startNanos = System.nanoTime();
    delegate.start(this::publish);
    sampler = Thread.ofPlatform().name("pitwall-link-health").daemon().start(this::sampleLoop);
  }

  private void publish(SampleBlock block) {
    if (!block.isEmpty()) {
      latestNanos.accumulateAndGet(block.lastTimeNanos(), Math::max);
    }
    sink.publish(block);
  }

  private void sampleLoop() {
    try {
      while (!stopped) {
        Thread.sleep(PERIOD_MS);
        if (!stopped) {
          publishHealth();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void publishHealth() {
    SourceHealth h = delegate.health();
    long t =
        replay ? latestNanos.get() : Math.max(latestNanos.get(), System.nanoTime() - startNanos);
    double[] values = {
      h.state().ordinal(),
      h.frames(),
      h.samples(),
      h.invalidFrames(),
      h.decodeErrors(),
      h.unknownIds(),
      h.errorFrames(),
      h.reconnects()
    };
    for (int i = 0; i < values.length; i++) {
      sink.publish(SampleBlock.single(CHANNELS.get(i), t, values[i]));
    }
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    delegate.stop();
    if (sampler != null) {
      sampler.interrupt();
      try {
        sampler.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      publishHealth(); // the totals at the end of the session
    }
  }
}
