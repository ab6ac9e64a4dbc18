package dev.pitwall.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceLifecycle;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A line-oriented serial link over jSerialComm: opens the device by path, splits the byte stream
 * into lines (LF or CRLF), feeds a {@link LineDecoder} and publishes its blocks every {@code
 * flushEvery}. When the device disappears (unplugged, re-enumerated, read error) the port is
 * closed, the partial line is counted and the path is polled every 200 ms until it can be opened
 * again, so the link is back within ~0.5 s of the device returning. Nothing escapes the reading
 * thread.
 *
 * <p>Thread contract: {@link #start}/{@link #stop} from any thread; decoding runs on the link's
 * thread {@code pitwall-serial-<device>}.
 */
public final class SerialLineLink {
  private static final int READ_TIMEOUT_MS = 100;
  private static final int RETRY_MS = 200;

  /** Longer lines are not NMEA (max 82 chars) nor sane CSV: counted and dropped. */
  static final int MAX_LINE_BYTES = 4096;

  private final SerialEndpoint endpoint;
  private final LineDecoder decoder;
  private final SourceLifecycle lifecycle;
  private final SourceCounters counters;
  private final long stallAfterNanos;
  private final long flushEveryNanos;
  private final LineSplitter splitter;
  private volatile boolean running;
  private Thread thread;

  public SerialLineLink(
      SerialEndpoint endpoint,
      LineDecoder decoder,
      SourceLifecycle lifecycle,
      SourceCounters counters,
      Duration stallAfter,
      Duration flushEvery) {
    this.endpoint = Objects.requireNonNull(endpoint);
    this.decoder = Objects.requireNonNull(decoder);
    this.lifecycle = lifecycle;
    this.counters = counters;
    this.stallAfterNanos = stallAfter.toNanos();
    this.flushEveryNanos = flushEvery.toNanos();
    this.splitter = new LineSplitter(endpoint.uri(), counters, MAX_LINE_BYTES);
  }

  public synchronized void start(SampleSink sink) {
    if (thread != null) {
      throw new IllegalStateException(endpoint.uri() + " already started");
    }
    running = true;
    long startNanos = System.nanoTime();
    String name = "pitwall-serial-" + Path.of(endpoint.path()).getFileName();
    thread = new Thread(() -> run(sink, startNanos), name);
    thread.setDaemon(true);
    thread.start();
  }

  public synchronized void stop() {
    running = false;
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lifecycle.moveTo(SourceState.STOPPED);
  }

  private void run(SampleSink sink, long startNanos) {
    boolean first = true;
    while (running) {
      lifecycle.moveTo(first ? SourceState.CONNECTING : SourceState.RECONNECTING);
      SerialPort p = open();
      if (p == null) {
        sleep(RETRY_MS);
        continue;
      }
      if (!first) {
        counters.reconnect();
      }
      first = false;
      lifecycle.moveTo(SourceState.CONNECTING);
      try {
        read(p, sink, startNanos);
      } catch (RuntimeException e) {
        counters.error(endpoint.uri() + ": read failed: " + e);
      } finally {
        p.closePort();
        splitter.disconnected();
        decoder.flush(sink);
      }
    }
  }

  /** Opens the device; null (and a message) when it is absent or busy. */
  private SerialPort open() {
    if (!Files.exists(Path.of(endpoint.path()))) {
      return null;
    }
    try {
      SerialPort p = SerialPort.getCommPort(endpoint.path());
      p.setComPortParameters(endpoint.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
      p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MS, 0);
      if (!p.openPort()) {
        counters.error(
            endpoint.uri()
                + ": cannot open "
                + endpoint.path()
                + " (error "
                + p.getLastErrorCode()
                + ")");
        return null;
      }
      return p;
    } catch (RuntimeException e) {
      counters.error(endpoint.uri() + ": cannot open " + endpoint.path() + ": " + e.getMessage());
      return null;
    }
  }

  private void read(SerialPort p, SampleSink sink, long startNanos) {
    byte[] buf = new byte[4096];
    long lastDataNanos = System.nanoTime();
    long lastFlushNanos = 0;
    while (running) {
      int n = p.readBytes(buf, buf.length);
      long now = System.nanoTime();
      if (n < 0 || !Files.exists(Path.of(endpoint.path()))) {
        counters.error(endpoint.uri() + ": device gone (read returned " + n + "), reconnecting");
        return;
      }
      if (n > 0) {
        lastDataNanos = now;
        if (!lifecycle.moveFrom(SourceState.STALLED, SourceState.STREAMING)) {
          lifecycle.moveTo(SourceState.STREAMING);
        }
        splitter.accept(buf, n, now - startNanos, decoder);
      } else if (now - lastDataNanos > stallAfterNanos
          && lifecycle.state() == SourceState.STREAMING) {
        // the reason first, then the state: whoever sees STALLED also sees why
        counters.error(endpoint.uri() + ": no data for " + stallAfterNanos / 1_000_000 + " ms");
        lifecycle.moveFrom(SourceState.STREAMING, SourceState.STALLED);
      }
      if (now - startNanos - lastFlushNanos >= flushEveryNanos) {
        decoder.flush(sink);
        lastFlushNanos = now - startNanos;
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Splits bytes into lines, counting overlong and cut-off lines. Link thread only. */
  static final class LineSplitter {
    private final String sourceName;
    private final SourceCounters counters;
    private final byte[] line;
    private int length;
    private boolean overflowing;
    private long lineNumber;

    LineSplitter(String sourceName, SourceCounters counters, int maxLineBytes) {
      this.sourceName = sourceName;
      this.counters = counters;
      this.line = new byte[maxLineBytes];
    }

    void accept(byte[] buf, int n, long timeNanos, LineDecoder decoder) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (b == '\n') {
          lineNumber++;
          if (overflowing) {
            counters.invalidFrame(
                sourceName + " line " + lineNumber + ": longer than " + line.length + " bytes");
          } else {
            int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
            decoder.decode(
                new String(line, 0, end, StandardCharsets.US_ASCII), lineNumber, timeNanos);
          }
          length = 0;
          overflowing = false;
        } else if (length < line.length) {
          line[length++] = b;
        } else {
          overflowing = true;
        }
      }
    }

    /** The device went away mid-line: the fragment is counted, never decoded. */
    void disconnected() {
      if (length > 0 || overflowing) {
        lineNumber++;
        counters.invalidFrame(
            sourceName
                + " line "
                + lineNumber
                + ": cut off by disconnect after "
                + length
                + " bytes");
      }
      length = 0;
      overflowing = false;
    }

    long lines() {
      return lineNumber;
    }
  }
}
