package dev.pitwall.bench.f1;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Replays datagrams cyclically to a loopback port at a fixed average rate on its own thread. It
 * wakes every {@link #WAKE_NANOS} and sends everything due by then, so datagrams come in small
 * bursts like a game's per-frame burst, and the rate holds on a loaded machine (a late wake-up
 * sends more, never fewer).
 */
final class LoadSender {
  private static final long WAKE_NANOS = 250_000;

  private final List<byte[]> datagrams;
  private final InetSocketAddress target;
  private final long intervalNanos;
  private final Thread thread;
  private volatile boolean running = true;
  private long startNanos;
  private long sent;

  private LoadSender(List<byte[]> datagrams, InetSocketAddress target, int packetsPerS) {
    this.datagrams = datagrams;
    this.target = target;
    this.intervalNanos = 1_000_000_000L / packetsPerS;
    this.thread = Thread.ofPlatform().name("load-sender").daemon().unstarted(this::run);
  }

  static LoadSender start(List<byte[]> datagrams, InetSocketAddress target, int packetsPerS) {
    LoadSender s = new LoadSender(datagrams, target, packetsPerS);
    s.startNanos = System.nanoTime();
    s.thread.start();
    return s;
  }

  private void run() {
    try (DatagramChannel socket = DatagramChannel.open()) {
      while (running) {
        long due = (System.nanoTime() - startNanos) / intervalNanos;
        while (sent < due) {
          byte[] d = datagrams.get((int) (sent % datagrams.size()));
          socket.send(ByteBuffer.wrap(d), target);
          sent++;
        }
        LockSupport.parkNanos(WAKE_NANOS);
      }
    } catch (IOException e) {
      throw new IllegalStateException("load sender failed after " + sent + " datagrams", e);
    }
  }

  /**
   * Stops sending.
   *
   * @return seconds the load ran
   */
  double stop() {
    running = false;
    try {
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
