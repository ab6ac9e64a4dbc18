package dev.pitwall.hardware.f1;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.udp.UdpEndpoint;
import dev.pitwall.hardware.udp.UdpLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Live EA F1 23/24/25 telemetry received over UDP, URI {@code udp://0.0.0.0:20777?format=f1}.
 *
 * <p>Per-car channels are published for the cars the participants packet lists as active (all 22 in
 * a full race; only the player in a time trial); {@code &cars=all} publishes every slot.
 *
 * <p>Time stamps are receive times in ns since {@link #start} (the game's own session time is the
 * {@code sessionTime} channel). The player's car is car 0 (see {@link F1CarIndex}). Values are
 * collected per datagram and published as blocks as soon as the socket holds no further datagram
 * (once per burst, so the UI sees a value within the decode time of its burst), and during a stream
 * that never lets the socket run empty at least every {@code flushEvery}. When the game stops
 * sending for more than {@code stallAfter} the source is STALLED; when datagrams return it is
 * STREAMING again, counts a reconnect and publishes the gap length on {@link UdpLink#GAP}.
 *
 * <p>Thread contract: receives and decodes on its own thread {@code pitwall-udp-<port>}; the sink
 * is called from that thread; the accessors may be called from any thread.
 */
public final class F1UdpSource extends MonitoredSource {
  private final F1BlockAccumulator accumulator = new F1BlockAccumulator();
  private final F1UdpDecoder decoder;
  private final UdpLink link;
  private final long flushEveryNanos;
  private final boolean flushEachBurst;

  /**
   * Default settings: stalled after 1 s of silence; blocks published after each burst, and at least
   * every 20 ms while datagrams arrive back to back.
   */
  public static F1UdpSource fromUri(String uri) {
    return new F1UdpSource(uri, Duration.ofSeconds(1), Duration.ofMillis(20), true);
  }

  /**
   * Blocks published only by time: every {@code flushEvery} (0 = after each datagram), never merely
   * because the socket ran empty.
   */
  public F1UdpSource(String uri, Duration stallAfter, Duration flushEvery) {
    this(uri, stallAfter, flushEvery, false);
  }

  /**
   * @param flushEachBurst publish as soon as the socket holds no further datagram (lowest latency;
   *     {@code flushEvery} then only bounds the batching of a stream that never pauses)
   * @throws IllegalArgumentException when the URI is not {@code udp://host:port?format=f1}
   */
  public F1UdpSource(String uri, Duration stallAfter, Duration flushEvery, boolean flushEachBurst) {
    super(uri);
    UdpEndpoint endpoint = UdpEndpoint.parse(uri);
    if (!"f1".equals(endpoint.param("format", "f1"))) {
      throw new IllegalArgumentException(uri + ": format must be f1");
    }
    this.decoder =
        new F1UdpDecoder(uri, counters, accumulator, !"all".equals(endpoint.param("cars", "")));
    this.link = new UdpLink(uri, endpoint.bindAddress(), stallAfter, lifecycle, counters);
    this.flushEveryNanos = flushEvery.toNanos();
    this.flushEachBurst = flushEachBurst;
  }

  @Override
  public SourceMetadata metadata() {
    return accumulator.metadata();
  }

  @Override
  public List<Channel> channels() {
    List<Channel> all = new ArrayList<>(accumulator.channels());
    all.add(UdpLink.GAP);
    return all;
  }

  /** The latest session packet, null before the first. */
  public F1SessionInfo session() {
    return accumulator.session();
  }

  /** Number of stalls (gaps longer than the stall timeout) since start. */
  public long stalls() {
    return link.stalls();
  }

  /** The bound UDP port, -1 before binding; useful with port 0 in tests. */
  public int localPort() {
    return link.localPort();
  }

  @Override
  public void start(SampleSink sink) {
    Objects.requireNonNull(sink);
    long startNanos = System.nanoTime();
    link.start(new Receiver(sink), startNanos);
  }

  @Override
  public void stop() {
    link.stop();
  }

  /** Runs on the link's thread. */
  private final class Receiver implements UdpLink.Handler {
    private final SampleSink sink;
    private long lastFlushNanos;

    Receiver(SampleSink sink) {
      this.sink = sink;
    }

    @Override
    public void datagram(byte[] buf, int length, long timeNanos) {
      decoder.decode(buf, 0, length, timeNanos);
    }

    @Override
    public void tick(long timeNanos) {
      if (accumulator.pending() > 0 && timeNanos - lastFlushNanos >= flushEveryNanos) {
        accumulator.flush(sink);
        lastFlushNanos = timeNanos;
      }
    }

    /**
     * Publishes what the burst brought. At the game's rate (60 bursts/s) this makes about as many
     * blocks as the 20 ms batching did; holding bursts back for 1 ms to share blocks was measured
     * (F1EndToEndBenchmark): it raised p50 from ~0.06 to ~0.16 ms and p90 from ~0.2 to ~1.2 ms and
     * saved little, since one burst rarely repeats a packet type.
     */
    @Override
    public void caughtUp(long timeNanos) {
      if (flushEachBurst && accumulator.pending() > 0) {
        accumulator.flush(sink);
        lastFlushNanos = timeNanos;
      }
    }

    @Override
    public void resumed(long gapNanos, long timeNanos) {
      sink.publish(SampleBlock.single(UdpLink.GAP, timeNanos, gapNanos / 1e9));
    }

    @Override
    public void stopped(long timeNanos) {
      accumulator.flush(sink);
    }
  }
}
