package dev.pitwall.hardware.can.candump;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.CanSourceUri;
import dev.pitwall.hardware.can.FrameDecoding;
import dev.pitwall.hardware.can.ThreadedCanSource;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * Replays a {@code candump -l} log through a DBC: {@code
 * candump:FILE?dbc=FILE&speed=1|10|max[&checksum=toyota|none]}. {@code speed=1} keeps the recorded
 * timing, {@code 10} plays ten times faster, {@code max} (the default) as fast as possible. Bad
 * lines are counted as invalid frames with "file:line:column: problem". At the end of the file the
 * source moves to {@link SourceState#DISCONNECTED}.
 */
public final class CandumpSource extends ThreadedCanSource {
  private static final int FLUSH_SAMPLES = 4096;
  private static final long FLUSH_INTERVAL_NANOS = 20_000_000L;

  private final Path log;
  private final double speed;

  /**
   * @param speed replay speed factor; 0 or less means as fast as possible
   */
  public CandumpSource(String uri, Path log, CanDecoder decoder, double speed) {
    super(uri, decoder);
    this.log = log;
    this.speed = speed;
  }

  /** Builds a source from its URI, reading the DBC now so a bad DBC fails before start. */
  public static CandumpSource fromUri(String uri) throws IOException, DbcParseException {
    CanSourceUri parsed = CanSourceUri.parse(uri, "candump");
    Path log = Path.of(parsed.path());
    if (!Files.isReadable(log)) {
      throw new NoSuchFileException(log.toString(), null, "candump log not found or not readable");
    }
    CanDecoder decoder = parsed.decoder();
    return new CandumpSource(uri, log, decoder, parseSpeed(parsed.get("speed", "max")));
  }

  static double parseSpeed(String text) {
    if (text.equalsIgnoreCase("max")) {
      return 0;
    }
    try {
      double value = Double.parseDouble(text);
      if (value > 0 && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("speed must be a positive factor or 'max': " + text);
  }

  @Override
  protected void run(SampleSink sink) throws IOException {
    FrameDecoding decoding = new FrameDecoding(decoder, counters);
    String name = log.getFileName().toString();
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
      lifecycle.moveTo(SourceState.STREAMING);
      Pacer pacer = new Pacer(speed);
      long lastFlush = System.nanoTime();
      int lineNumber = 0;
      String line;
      while (running() && (line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        CanFrame frame;
        try {
          frame = CandumpLine.parse(line);
        } catch (CandumpFormatException e) {
          counters.invalidFrame(name + ":" + lineNumber + ":" + e.column() + ": " + problem(e));
          continue;
        }
        if (pacer.mustWait(frame.timeNanos())) {
          decoding.batcher().flush(sink, counters);
          lastFlush = System.nanoTime();
          pacer.waitFor(frame.timeNanos());
        }
        decoding.accept(frame, name, lineNumber);
        if (decoding.batcher().pending() >= FLUSH_SAMPLES
            || (speed > 0 && System.nanoTime() - lastFlush > FLUSH_INTERVAL_NANOS)) {
          decoding.batcher().flush(sink, counters);
          lastFlush = System.nanoTime();
        }
      }
      decoding.batcher().flush(sink, counters);
    }
    lifecycle.moveTo(SourceState.DISCONNECTED);
  }

  private static String problem(CandumpFormatException e) {
    String m = e.getMessage();
    return m.substring(m.indexOf(':') + 2);
  }

  /** Maps log time to wall time at a speed factor; a factor of 0 never waits. */
  private static final class Pacer {
    private final double speed;
    private long firstLogNanos = Long.MIN_VALUE;
    private long firstWallNanos;

    Pacer(double speed) {
      this.speed = speed;
    }

    boolean mustWait(long logNanos) {
      if (speed <= 0) {
        return false;
      }
      if (firstLogNanos == Long.MIN_VALUE) {
        firstLogNanos = logNanos;
        firstWallNanos = System.nanoTime();
      }
      return wallTarget(logNanos) - System.nanoTime() > 1_000_000L;
    }

    void waitFor(long logNanos) {
      long target = wallTarget(logNanos);
      long now;
      while ((now = System.nanoTime()) < target && !Thread.currentThread().isInterrupted()) {
        LockSupport.parkNanos(target - now);
      }
    }

    private long wallTarget(long logNanos) {
      return firstWallNanos + (long) ((logNanos - firstLogNanos) / speed);
    }
  }
}
