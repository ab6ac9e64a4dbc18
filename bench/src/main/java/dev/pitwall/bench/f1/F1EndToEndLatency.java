package dev.pitwall.bench.f1;

import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.hardware.f1.F1Channel;
import dev.pitwall.hardware.f1.F1UdpSource;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * End-to-end latency: datagram sent on loopback → decoded by {@link F1UdpSource} (flush after every
 * datagram) → value taken out of a {@link SampleBus} subscription by a consumer thread.
 *
 * <p>The real captures are replayed cyclically at {@code rate} packets/s (default 3,500 = 10 × the
 * ~350 packets/s an F1 24 game sends at 60 Hz: motion, lap data, telemetry, status and motion ex
 * every frame plus damage, session, history and tyre sets). Each Car Telemetry packet carries its
 * sequence number in the header's session time, which comes out as the {@code sessionTime} channel,
 * so every received value is matched to its send time.
 *
 * <p>Run: {@code java -cp ... dev.pitwall.bench.f1.F1EndToEndLatency [rate] [seconds] [flushMs]
 * [all]} ({@code all}: publish all 22 car slots, the cost of a full grid) (flushMs 0 = publish
 * after every datagram, the lowest-latency setting; the source's default is 20).
 */
public final class F1EndToEndLatency {
  private F1EndToEndLatency() {}

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 3_500;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    Duration flushEvery = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 0);
    String uri = "udp://127.0.0.1:0?format=f1" + (args.length > 3 ? "&cars=" + args[3] : "");
    List<byte[]> datagrams = F1Captures.allDatagrams();
    int warmup = rate * 3; // JIT and GC settle during the first seconds; not measured
    int total = rate * seconds + warmup;
    long[] sentNanos = new long[total];
    long[] latencyNanos = new long[total];
    SampleBus bus = new SampleBus();
    Subscription sub = bus.subscribe("latency", 1 << 16);
    try (F1UdpSource source = new F1UdpSource(uri, Duration.ofSeconds(1), flushEvery)) {
      source.start(bus);
      while (source.localPort() < 0) {
        Thread.sleep(5);
      }
      int[] received = {0};
      Thread consumer =
          new Thread(() -> consume(sub, sentNanos, latencyNanos, received, warmup), "consumer");
      consumer.start();
      int telemetry = send(datagrams, source.localPort(), rate, total, warmup, sentNanos);
      Thread.sleep(500);
      consumer.interrupt();
      consumer.join();
      System.out.println(uri + ", flush every " + flushEvery.toMillis() + " ms");
      report(rate, total, telemetry, Arrays.copyOf(latencyNanos, received[0]), source, bus);
    }
  }

  private static int send(
      List<byte[]> datagrams, int port, int rate, int total, int warmup, long[] sentNanos)
      throws Exception {
    long interval = 1_000_000_000L / rate;
    InetSocketAddress target = new InetSocketAddress("127.0.0.1", port);
    int telemetry = 0;
    try (DatagramSocket socket = new DatagramSocket()) {
      long start = System.nanoTime();
      for (int seq = 0; seq < total; seq++) {
        byte[] d = datagrams.get(seq % datagrams.size()).clone();
        if (d[6] == 6) {
          ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN).putFloat(15, seq);
          telemetry += seq >= warmup ? 1 : 0;
        }
        long due = start + seq * interval;
        while (System.nanoTime() < due) {
          LockSupport.parkNanos(20_000);
        }
        sentNanos[seq] = System.nanoTime();
        socket.send(new DatagramPacket(d, d.length, target));
      }
    }
    return telemetry;
  }

  private static void consume(
      Subscription sub, long[] sent, long[] latency, int[] received, int warmup) {
    try {
      List<SampleBlock> batch = new ArrayList<>();
      while (!Thread.currentThread().isInterrupted()) {
        SampleBlock first = sub.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        sub.drainTo(batch); // consumers drain in batches, as the recorder and UI pulse do
        long now = System.nanoTime();
        for (SampleBlock b : batch) {
          if (!b.channel().equals(F1Channel.SESSION_TIME.channel())) {
            continue;
          }
          for (int i = 0; i < b.size(); i++) {
            int seq = (int) b.value(i);
            if (seq >= warmup && seq < sent.length && received[0] < latency.length) {
              latency[received[0]++] = now - sent[seq];
            }
          }
        }
        batch.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void report(
      int rate, int total, int telemetry, long[] lat, F1UdpSource source, SampleBus bus) {
    Arrays.sort(lat);
    System.out.printf(
        "rate %d packets/s, %d sent after warm-up, %d telemetry values expected, %d received, bus dropped %d%n",
        rate, total - rate * 3, telemetry, lat.length, bus.droppedSamples());
    System.out.printf("source health: %s%n", source.health());
    if (lat.length > 0) {
      System.out.printf(
          "latency us: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
          pct(lat, 0.50),
          pct(lat, 0.90),
          pct(lat, 0.99),
          pct(lat, 0.999),
          lat[lat.length - 1] / 1e3);
    }
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }
}
