package dev.pitwall.bench.f1;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.hardware.f1.F1Channel;
import dev.pitwall.hardware.f1.F1UdpSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End-to-end latency of live F1 telemetry: datagram sent on loopback → received and decoded by
 * {@link F1UdpSource} with its production settings ({@link F1UdpSource#fromUri}) → published on a
 * {@link SampleBus} → taken out of the bus subscription the live screen drains once per frame. One
 * operation is one probe: a real Car Telemetry packet whose header session time carries a marker
 * (it comes out as the {@code sessionTime} channel), sent and waited for. SampleTime mode gives the
 * percentiles (p50, p99, p99.9).
 *
 * <p>Load: a sender thread replays all datagrams of the three real F1 24 captures to the same port
 * at {@code loadPacketsPerS} (default 3,500/s: 10 × the ~350 packets/s an F1 24 game sends at 60 Hz
 * — motion, lap data, telemetry, status and motion ex every frame plus damage, session, history and
 * tyre sets), in bursts as the game does. Probes come on top (one per {@link #PACE_NANOS} plus the
 * probe's own latency), so the path runs at more than 10 × nominal; the teardown prints the rate
 * actually received and the load average of the machine.
 *
 * <p>Baseline in the same run, {@code bareLoopback}: the same probe and load through a bare
 * loopback socket and one thread hand-off (receiver thread → queue → waiting thread) — the floor of
 * any design that receives on its own thread, as the sources do. Report the ratio.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar F1EndToEnd -f 1} (needs {@code
 * -Dpitwall.data=...} or ../shared/data beside the working directory).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class F1EndToEndBenchmark {
  /** Pause between probes (outside the measured time), so probes do not become the load. */
  static final long PACE_NANOS = 1_000_000;

  private static final int SESSION_TIME_OFFSET = 15; // header: float sessionTime at byte 15
  private static final float FIRST_MARKER = 1_000_000f; // above any real session time

  /** A Car Telemetry packet of the captures, rewritten per probe with a new marker. */
  static byte[] telemetryTemplate(List<byte[]> datagrams) {
    for (byte[] d : datagrams) {
      if (d.length > 6 && d[6] == 6) {
        return d.clone();
      }
    }
    throw new IllegalStateException("no Car Telemetry packet in the captures");
  }

  /** The production path: F1UdpSource → SampleBus → the UI's subscription. */
  @State(Scope.Thread)
  public static class F1Path {
    /** {@code active}: cars the participants packet lists (the default); {@code all}: 22 slots. */
    @Param({"active", "all"})
    String cars;

    /**
     * {@code burst}: the production setting (publish when the socket runs empty, at most 20 ms of
     * batching); {@code every20ms}: the earlier time-only batching, for comparison.
     */
    @Param({"burst", "every20ms"})
    String flush;

    @Param({"3500"})
    int loadPacketsPerS;

    private final Channel sessionTime = F1Channel.SESSION_TIME.channel();
    private final List<SampleBlock> drained = new ArrayList<>();
    private SampleBus bus;
    private Subscription ui;
    private F1UdpSource source;
    private LoadSender load;
    private Probe probe;
    private long lost;

    @Setup(Level.Trial)
    public void start() throws Exception {
      List<byte[]> datagrams = F1Captures.allDatagrams();
      bus = new SampleBus();
      ui = bus.subscribe("ui", 1 << 16); // LiveScreen's capacity
      String uri = "udp://127.0.0.1:0?format=f1" + ("all".equals(cars) ? "&cars=all" : "");
      source =
          "burst".equals(flush)
              ? F1UdpSource.fromUri(uri)
              : new F1UdpSource(uri, Duration.ofSeconds(1), Duration.ofMillis(20));
      source.start(bus);
      while (source.localPort() < 0) {
        Thread.sleep(5);
      }
      InetSocketAddress target = new InetSocketAddress("127.0.0.1", source.localPort());
      probe = new Probe(telemetryTemplate(datagrams), target);
      load = LoadSender.start(datagrams, target, loadPacketsPerS);
    }

    @Setup(Level.Invocation)
    public void pace() {
      LockSupport.parkNanos(PACE_NANOS);
      ui.drainTo(drained); // what arrived meanwhile is the UI's normal work, not this probe's
      drained.clear();
    }

    /** Sends one probe and waits until its value can be taken out of the UI subscription. */
    float roundTrip() throws Exception {
      float marker = probe.send();
      long giveUp = System.nanoTime() + 1_000_000_000L;
      while (true) {
        SampleBlock b = ui.poll(10, TimeUnit.MILLISECONDS);
        if (System.nanoTime() > giveUp) {
          lost++; // dropped by a full subscription or the socket: counted, printed at teardown
          return marker;
        }
        if (b == null) {
          continue;
        }
        if (b.channel().equals(sessionTime)) {
          for (int i = 0; i < b.size(); i++) {
            if ((float) b.value(i) == marker) {
              return marker;
            }
          }
        }
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      double seconds = load.stop();
      long frames = source.health().frames();
      source.stop();
      probe.close();
      System.out.printf(
          Locale.ROOT,
          "%n[F1 path, cars=%s, flush=%s] received %.0f datagrams/s (load %d/s + probes), %d probes lost,"
              + " UI subscription dropped %d samples, source %s, load average %.2f%n",
          cars,
          flush,
          frames / seconds,
          loadPacketsPerS,
          lost,
          ui.droppedSamples(),
          source.health(),
          loadAverage());
    }
  }

  /** Baseline: the same probe and load through a bare socket and one thread hand-off. */
  @State(Scope.Thread)
  public static class BareLoopback {
    @Param({"3500"})
    int loadPacketsPerS;

    private final BlockingQueue<Float> handedOver = new ArrayBlockingQueue<>(1 << 16);
    private DatagramChannel socket;
    private Thread receiver;
    private LoadSender load;
    private Probe probe;
    private long received;
    private long lost;

    @Setup(Level.Trial)
    public void start() throws Exception {
      List<byte[]> datagrams = F1Captures.allDatagrams();
      socket = DatagramChannel.open();
      socket.setOption(StandardSocketOptions.SO_RCVBUF, 1 << 20); // as UdpLink asks
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      receiver = Thread.ofPlatform().name("bare-receiver").daemon().start(this::receive);
      InetSocketAddress target = (InetSocketAddress) socket.getLocalAddress();
      probe = new Probe(telemetryTemplate(datagrams), target);
      load = LoadSender.start(datagrams, target, loadPacketsPerS);
    }

    private void receive() {
      ByteBuffer buf = ByteBuffer.allocate(2048).order(ByteOrder.LITTLE_ENDIAN);
      try {
        while (true) {
          buf.clear();
          socket.receive(buf);
          received++;
          handedOver.offer(buf.getFloat(SESSION_TIME_OFFSET));
        }
      } catch (IOException e) {
        // closed at teardown
      }
    }

    @Setup(Level.Invocation)
    public void pace() {
      LockSupport.parkNanos(PACE_NANOS);
      handedOver.clear();
    }

    float roundTrip() throws Exception {
      float marker = probe.send();
      long giveUp = System.nanoTime() + 1_000_000_000L;
      while (true) {
        Float got = handedOver.poll(10, TimeUnit.MILLISECONDS);
        if (System.nanoTime() > giveUp) {
          lost++; // the socket dropped it (receiver starved): counted, printed at teardown
          return marker;
        }
        if (got != null && got == marker) {
          return marker;
        }
      }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      double seconds = load.stop();
      socket.close();
      receiver.join(1_000);
      probe.close();
      System.out.printf(
          Locale.ROOT,
          "%n[bare loopback] received %.0f datagrams/s (load %d/s + probes), %d probes lost,"
              + " load average %.2f%n",
          received / seconds,
          loadPacketsPerS,
          lost,
          loadAverage());
    }
  }

  @Benchmark
  public float f1DatagramToUiSubscription(F1Path path) throws Exception {
    return path.roundTrip();
  }

  @Benchmark
  public float bareLoopback(BareLoopback bare) throws Exception {
    return bare.roundTrip();
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Sends marked Car Telemetry packets from its own socket. */
  static final class Probe implements AutoCloseable {
    private final ByteBuffer packet;
    private final DatagramChannel socket;
    private final InetSocketAddress target;
    private float marker = FIRST_MARKER;

    Probe(byte[] template, InetSocketAddress target) throws IOException {
      this.packet = ByteBuffer.wrap(template).order(ByteOrder.LITTLE_ENDIAN);
      this.socket = DatagramChannel.open();
      this.target = target;
    }

    float send() throws IOException {
      marker += 1f; // exact up to 2^24
      packet.putFloat(SESSION_TIME_OFFSET, marker);
      packet.clear();
      socket.send(packet, target);
      return marker;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
