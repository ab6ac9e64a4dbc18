package dev.pitwall.hardware.udp;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceLifecycle;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The receiving side of a UDP telemetry link: binds, receives on its own named thread, tracks
 * CONNECTING → STREAMING ⇄ STALLED and hands each datagram to a {@link Handler}. A sender that goes
 * quiet (game closed, restarted, paused in a menu) is STALLED after {@code stallAfter}; the first
 * datagram afterwards moves back to STREAMING, counts a reconnect and reports the gap to the
 * handler so the source can publish a visible marker. A failed bind is retried every 500 ms.
 *
 * <p>The socket is read without blocking until it is empty, and only then does the link wait, so
 * the handler learns when it has {@linkplain Handler#caughtUp caught up}: the moment to publish
 * what it batched without adding latency (a burst is published once, a lone datagram at once).
 *
 * <p>Thread contract: {@link #start} and {@link #stop} from any thread; the handler runs on the
 * link's thread only.
 */
public final class UdpLink {
  /** Link-level channel: length of a gap in the datagram stream, published when it ends. */
  public static final Channel GAP = new Channel("udpGap", "s", 0);

  /** Receives datagrams and idle ticks on the link's thread. */
  public interface Handler {
    void datagram(byte[] buf, int length, long timeNanos);

    /** At least every receive timeout (100 ms) when nothing arrived, and after each datagram. */
    void tick(long timeNanos);

    /**
     * No further datagram is waiting in the socket: the last burst has been handed over. Called
     * once after each burst, before the link waits for more.
     */
    default void caughtUp(long timeNanos) {}

    /** The stream resumed after a stall of {@code gapNanos}. */
    void resumed(long gapNanos, long timeNanos);

    /** Last call on the link's thread, after {@link #stop}: publish whatever is still pending. */
    void stopped(long timeNanos);
  }

  private static final int RECEIVE_TIMEOUT_MS = 100;
  private static final int MAX_DATAGRAM_BYTES = 65_536;
  private static final int RECEIVE_BUFFER_BYTES = 1 << 20;

  private final String name;
  private final InetSocketAddress bind;
  private final long stallAfterNanos;
  private final SourceLifecycle lifecycle;
  private final SourceCounters counters;
  private final AtomicLong stalls = new AtomicLong();
  private volatile boolean running;
  private volatile DatagramChannel socket;
  private volatile Selector selector;
  private volatile int localPort = -1;
  private Thread thread;

  public UdpLink(
      String name,
      InetSocketAddress bind,
      Duration stallAfter,
      SourceLifecycle lifecycle,
      SourceCounters counters) {
    this.name = Objects.requireNonNull(name);
    this.bind = Objects.requireNonNull(bind);
    this.stallAfterNanos = stallAfter.toNanos();
    this.lifecycle = lifecycle;
    this.counters = counters;
  }

  public synchronized void start(Handler handler, long startNanos) {
    if (thread != null) {
      throw new IllegalStateException(name + " already started");
    }
    running = true;
    thread = new Thread(() -> run(handler, startNanos), "pitwall-udp-" + bind.getPort());
    thread.setDaemon(true);
    thread.start();
  }

  public synchronized void stop() {
    running = false;
    DatagramChannel s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException e) {
        counters.error(name + ": closing the socket failed: " + e.getMessage());
      }
    }
    Selector sel = selector;
    if (sel != null) {
      sel.wakeup();
    }
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lifecycle.moveTo(SourceState.STOPPED);
  }

  /** The bound port (useful when bound to port 0), -1 before binding. */
  public int localPort() {
    return localPort;
  }

  /** How many times the stream stalled since start. */
  public long stalls() {
    return stalls.get();
  }

  private void run(Handler handler, long startNanos) {
    ByteBuffer buf = ByteBuffer.allocate(MAX_DATAGRAM_BYTES);
    while (running) {
      lifecycle.moveTo(SourceState.CONNECTING);
      try (DatagramChannel s = open();
          Selector sel = Selector.open()) {
        s.register(sel, SelectionKey.OP_READ);
        selector = sel;
        receive(s, sel, buf, handler, startNanos);
      } catch (IOException | RuntimeException e) {
        if (running) {
          counters.error(name + ": cannot receive on " + bind + ": " + e.getMessage());
          lifecycle.moveTo(SourceState.RECONNECTING);
          pause(500);
        }
      }
    }
    handler.stopped(System.nanoTime() - startNanos);
  }

  private DatagramChannel open() throws IOException {
    DatagramChannel s = DatagramChannel.open();
    try {
      s.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      // the game sends bursts of up to 16 packet types per frame; the OS may grant less
      s.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER_BYTES);
      s.bind(bind);
      s.configureBlocking(false);
    } catch (IOException e) {
      s.close();
      throw e;
    }
    socket = s;
    localPort = ((InetSocketAddress) s.getLocalAddress()).getPort();
    if (!running) {
      s.close();
    }
    return s;
  }

  private void receive(
      DatagramChannel s, Selector sel, ByteBuffer buf, Handler handler, long startNanos)
      throws IOException {
    long lastNanos = -1;
    boolean handedOver = false; // datagrams handed to the handler since the last caughtUp
    while (running) {
      buf.clear();
      if (s.receive(buf) == null) {
        if (handedOver) {
          handedOver = false;
          handler.caughtUp(System.nanoTime() - startNanos);
        }
        if (sel.select(RECEIVE_TIMEOUT_MS) == 0) {
          idle(System.nanoTime(), lastNanos, handler, startNanos);
        }
        sel.selectedKeys().clear();
        continue;
      }
      long now = System.nanoTime();
      if (lifecycle.state() == SourceState.STALLED) {
        // counters and gap marker first, then the state: whoever sees STREAMING sees the reconnect
        counters.reconnect();
        handler.resumed(now - lastNanos, now - startNanos);
      }
      lifecycle.moveTo(SourceState.STREAMING);
      lastNanos = now;
      handedOver = true;
      handler.datagram(buf.array(), buf.position(), now - startNanos);
      handler.tick(now - startNanos);
    }
  }

  /** Nothing arrived for a receive timeout (or the selector was woken to stop). */
  private void idle(long now, long lastNanos, Handler handler, long startNanos) {
    if (!running) {
      return;
    }
    if (lastNanos >= 0 && now - lastNanos > stallAfterNanos && stall(now - lastNanos)) {
      stalls.incrementAndGet();
    }
    handler.tick(now - startNanos);
  }

  private boolean stall(long quietNanos) {
    if (lifecycle.state() != SourceState.STREAMING) {
      return false;
    }
    // the reason first, then the state: whoever sees STALLED also sees why
    counters.error(
        name + ": no datagram for " + String.format("%.1f", quietNanos / 1e9) + " s (stalled)");
    return lifecycle.moveFrom(SourceState.STREAMING, SourceState.STALLED);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
