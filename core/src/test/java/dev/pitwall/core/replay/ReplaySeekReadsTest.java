package dev.pitwall.core.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A seek reads each channel from the store once: its pre-roll buffers playing on from the target.
 */
class ReplaySeekReadsTest {
  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000 * MS;
  private static final long LENGTH = 600 * SECOND;
  private static final List<Channel> CHANNELS =
      List.of(new Channel("speed", "km/h", 100), new Channel("rpm", "rpm", 100));

  /** A finished 10-minute session of 100 Hz channels (value = sample index), counting reads. */
  private static final class CountingStore implements SessionStore {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public SampleBlock read(long sessionId, Channel channel, long fromNanos, long toNanos) {
      reads.incrementAndGet();
      long first = Math.max(0, (fromNanos + 10 * MS - 1) / (10 * MS));
      long end = Math.min(LENGTH, toNanos) <= 0 ? 0 : (Math.min(LENGTH, toNanos) - 1) / (10 * MS);
      int n = (int) Math.max(0, end - first + 1);
      long[] t = new long[n];
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        t[i] = (first + i) * 10 * MS;
        v[i] = first + i;
      }
      return new SampleBlock(channel, t, v, n);
    }

    @Override
    public List<ChannelSummary> channels(long sessionId) {
      return CHANNELS.stream().map(c -> new ChannelSummary(c, 60_000, 0, 1, 0.5)).toList();
    }

    @Override
    public Optional<SessionSummary> session(long id) {
      SessionInfo info = new SessionInfo("car", "driver", "track", "sim", Instant.EPOCH);
      return Optional.of(
          new SessionSummary(
              id,
              info,
              SessionStatus.COMPLETED,
              Duration.ofNanos(LENGTH - 10 * MS),
              120_000,
              0,
              OptionalDouble.empty()));
    }

    @Override
    public SessionRecording startSession(SessionInfo info) {
      throw new UnsupportedOperationException("read-only");
    }

    @Override
    public List<SessionSummary> sessions() {
      return List.of(session(1).orElseThrow());
    }

    @Override
    public List<Lap> laps(long sessionId) {
      return List.of();
    }

    @Override
    public void close() {}
  }

  @Test
  void aSeekReadsEachChannelOnceAndPlayingOnFromTheTargetIsServedFromItsBuffer() throws Exception {
    CountingStore store = new CountingStore();
    ReplaySource source =
        new ReplaySource(store, 1, SourceMetadata.UNKNOWN, Duration.ofSeconds(60));
    LinkedBlockingQueue<SampleBlock> published = new LinkedBlockingQueue<>();
    source.pause();
    source.start(published::add);
    try {
      long target = 300 * SECOND;
      int before = store.reads.get();
      source.seek(target);
      SampleBlock preroll = awaitBlockReaching(published, target - 10 * MS);
      assertEquals(target - 60 * SECOND, preroll.firstTimeNanos(), "pre-roll starts 60 s back");
      source.step(Duration.ofMillis(500)); // more than the first windows of playing at 1x
      SampleBlock after = awaitBlockReaching(published, target + 500 * MS - 10 * MS);
      assertEquals(target, after.firstTimeNanos(), "plays on from the target");
      assertEquals(
          CHANNELS.size(), store.reads.get() - before, "one store read per channel per seek");
    } finally {
      source.stop();
    }
  }

  private static SampleBlock awaitBlockReaching(LinkedBlockingQueue<SampleBlock> q, long lastNanos)
      throws InterruptedException {
    while (true) {
      SampleBlock b = q.poll(10, TimeUnit.SECONDS);
      assertTrue(b != null, "no block reaching " + lastNanos);
      if (b.channel().equals(CHANNELS.get(0)) && b.lastTimeNanos() >= lastNanos) {
        return b;
      }
    }
  }
}
