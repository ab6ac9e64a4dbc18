package dev.pitwall.hardware.f1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.udp.UdpLink;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays a real capture over 127.0.0.1 into a live {@link F1UdpSource}. */
class F1UdpSourceLoopbackTest {
  private final Queue<SampleBlock> blocks = new ConcurrentLinkedQueue<>();
  private F1UdpSource source;
  private List<F1Capture.Packet> packets;

  @BeforeEach
  void startSource() throws IOException, InterruptedException {
    packets = F1Capture.read(F1TestData.capture(F1TestData.MONZA_FULL_LAP)).packets();
    source = new F1UdpSource("udp://127.0.0.1:0?format=f1", Duration.ofSeconds(1), Duration.ZERO);
    source.start(blocks::add);
    waitFor(() -> source.localPort() > 0, Duration.ofSeconds(2), "bind");
  }

  @AfterEach
  void stopSource() {
    if (source != null) {
      source.stop();
      assertEquals(SourceState.STOPPED, source.state());
    }
  }

  @Test
  void decodesAReplayedCaptureOverLoopback() throws Exception {
    send(packets, 0, packets.size());
    waitFor(() -> source.health().frames() == packets.size(), Duration.ofSeconds(5), "frames");
    assertEquals(SourceState.STREAMING, source.state());
    assertEquals(0, source.health().invalidFrames());
    waitFor(() -> maxOf("speed", 0) >= 346.0, Duration.ofSeconds(2), "flushed speed");
    assertEquals(346.0, maxOf("speed", 0));
    assertEquals("Monza", source.metadata().track());
    assertEquals(5798, source.session().trackLengthM());
    assertTrue(source.channels().stream().anyMatch(c -> c.key().equals("tyreWearRR")));
    assertEquals("adweriwien2262", source.metadata().driver(), "player's participant name");
  }

  @Test
  void stopPublishesWhatWasDecodedButNotYetFlushed() throws Exception {
    source.stop();
    source =
        new F1UdpSource("udp://127.0.0.1:0?format=f1", Duration.ofSeconds(1), Duration.ofHours(1));
    source.start(blocks::add);
    waitFor(() -> source.localPort() > 0, Duration.ofSeconds(2), "bind");
    send(packets, 0, packets.size());
    waitFor(() -> source.health().frames() == packets.size(), Duration.ofSeconds(5), "frames");
    assertTrue(blocks.isEmpty(), "nothing flushed within the hour");
    source.stop();
    long published = blocks.stream().mapToLong(SampleBlock::size).sum();
    assertEquals(source.health().samples(), published);
    assertEquals(346.0, maxOf("speed", 0));
  }

  @Test
  void publishesEachBurstWithoutWaitingForTheFlushPeriod() throws Exception {
    source.stop();
    source =
        new F1UdpSource(
            "udp://127.0.0.1:0?format=f1", Duration.ofSeconds(1), Duration.ofHours(1), true);
    source.start(blocks::add);
    waitFor(() -> source.localPort() > 0, Duration.ofSeconds(2), "bind");
    send(packets, 0, packets.size());
    waitFor(() -> source.health().frames() == packets.size(), Duration.ofSeconds(5), "frames");
    waitFor(
        () -> blocks.stream().mapToLong(SampleBlock::size).sum() == source.health().samples(),
        Duration.ofSeconds(2),
        "every decoded sample published once the socket ran empty, long before the hour");
    assertEquals(346.0, maxOf("speed", 0));
  }

  @Test
  void countsGarbageDatagramsAndKeepsStreaming() throws Exception {
    byte[] truncated = java.util.Arrays.copyOf(packets.get(0).data(), 100);
    try (DatagramSocket sender = new DatagramSocket()) {
      sender.send(datagram(new byte[] {1, 2, 3}));
      sender.send(datagram(truncated));
    }
    send(packets, 0, 50);
    waitFor(() -> source.health().frames() == 52, Duration.ofSeconds(5), "frames");
    assertEquals(2, source.health().invalidFrames());
    assertEquals(SourceState.STREAMING, source.state());
  }

  @Test
  void stallsWhenTheGameStopsAndStreamsAgainAfterARestart() throws Exception {
    send(packets, 0, 100);
    waitFor(() -> source.state() == SourceState.STREAMING, Duration.ofSeconds(2), "streaming");
    long quietSince = System.nanoTime();
    waitFor(() -> source.state() == SourceState.STALLED, Duration.ofSeconds(3), "stalled");
    long stalledAfterMs = (System.nanoTime() - quietSince) / 1_000_000;
    assertTrue(stalledAfterMs >= 900 && stalledAfterMs < 2000, "stalled after " + stalledAfterMs);
    waitFor(() -> source.stalls() == 1, Duration.ofMillis(500), "stall counted");

    long restartAt = System.nanoTime();
    send(packets, 100, packets.size()); // a new sender socket: the restarted game
    waitFor(() -> source.state() == SourceState.STREAMING, Duration.ofSeconds(2), "resumed");
    assertTrue(System.nanoTime() - restartAt < 2_000_000_000L);
    assertEquals(1, source.health().reconnects());
    waitFor(() -> maxOf(UdpLink.GAP.name(), 0) >= 1.0, Duration.ofSeconds(2), "gap marker");
  }

  private double maxOf(String name, int car) {
    return blocks.stream()
        .filter(b -> b.channel().name().equals(name) && b.channel().car() == car)
        .flatMapToDouble(b -> java.util.Arrays.stream(b.values()))
        .max()
        .orElse(Double.NaN);
  }

  private void send(List<F1Capture.Packet> list, int from, int to) throws Exception {
    try (DatagramSocket sender = new DatagramSocket()) {
      for (int i = from; i < to; i++) {
        sender.send(datagram(list.get(i).data()));
        if (i % 10 == 0) {
          Thread.sleep(1); // ~10 x the game's rate, below what the receive buffer absorbs
        }
      }
    }
  }

  private DatagramPacket datagram(byte[] data) {
    return new DatagramPacket(
        data, data.length, new InetSocketAddress("127.0.0.1", source.localPort()));
  }

  static void waitFor(BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
      }
      Thread.sleep(10);
    }
  }
}
