package dev.pitwall.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class UdpCsvSourceTest {
  private final Queue<SampleBlock> blocks = new ConcurrentLinkedQueue<>();

  @Test
  void decodesCsvDatagramsAndCountsGarbageLines() throws Exception {
    try (UdpCsvSource source =
        new UdpCsvSource("udp://127.0.0.1:0?format=csv", Duration.ofSeconds(1))) {
      source.start(blocks::add);
      waitFor(() -> source.localPort() > 0, "bind");
      try (DatagramSocket s = new DatagramSocket()) {
        send(s, source.localPort(), "time_s,speed[km/h],rpm[rpm]\n0.0,100,9000\n0.1,101,9100");
        send(s, source.localPort(), "0.2,1o2,9200\n0.3,103,9300\n");
      }
      waitFor(() -> samples("speed") == 3, "three speeds");
      assertEquals(SourceState.STREAMING, source.state());
      assertEquals(1, source.health().decodeErrors());
      assertTrue(source.health().lastError().message().contains("line 4, column 2: '1o2'"));
    }
  }

  @Test
  void refusesANonCsvFormat() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new UdpCsvSource("udp://127.0.0.1:0?format=f1", Duration.ofSeconds(1)));
  }

  private long samples(String name) {
    return blocks.stream()
        .filter(b -> b.channel().name().equals(name))
        .mapToLong(SampleBlock::size)
        .sum();
  }

  private static void send(DatagramSocket s, int port, String text) throws Exception {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    s.send(new DatagramPacket(b, b.length, new InetSocketAddress("127.0.0.1", port)));
  }

  private static void waitFor(BooleanSupplier c, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!c.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }
}
