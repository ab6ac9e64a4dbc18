package dev.pitwall.hardware.can.slcan;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanSourceUri;
import dev.pitwall.hardware.can.FrameDecoding;
import dev.pitwall.hardware.can.ThreadedCanSource;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import java.io.IOException;
import java.util.ArrayDeque;

/**
 * Live CAN through an SLCAN (Lawicel) adapter: {@code
 * slcan:/dev/ttyACM0?bitrate=500000&dbc=FILE[&timestamps=on][&checksum=toyota|none]}.
 *
 * <p>Opens with {@code C} (close whatever was open), {@code Sn}, optionally {@code Z1}, then {@code
 * O}; a BEL reply is reported as a refused command. Frames are stamped with the host receive time
 * (the adapter's 60-second millisecond stamp cannot give absolute time). When the device disappears
 * or stops answering, the source moves to RECONNECTING and retries every {@value #RETRY_MS} ms, so
 * a re-plugged adapter streams again within about half a second.
 */
public final class SlcanSource extends ThreadedCanSource {
  static final long RETRY_MS = 250;
  private static final long STALL_NANOS = 1_000_000_000L;
  private static final long REPLY_TIMEOUT_MS = 1_000;
  private static final int FLUSH_SAMPLES = 1024;
  private static final long FLUSH_INTERVAL_NANOS = 20_000_000L;

  private final SerialLink link;
  private final int bitrate;
  private final boolean timestamps;
  private final ArrayDeque<String> replies = new ArrayDeque<>();
  private final byte[] buffer = new byte[4096];
  private FrameDecoding decoding;
  private LineHandler handler;
  private SlcanLineReader reader;
  private SampleSink sink;
  private long frameNumber;
  private long lastFlushNanos;

  public SlcanSource(
      String uri, SerialLink link, CanDecoder decoder, int bitrate, boolean timestamps) {
    super(uri, decoder);
    this.link = link;
    this.bitrate = bitrate;
    this.timestamps = timestamps;
    SlcanCodec.bitrateCommand(bitrate); // rejects unsupported bitrates before start
  }

  public static SlcanSource fromUri(String uri) throws IOException, DbcParseException {
    CanSourceUri parsed = CanSourceUri.parse(uri, "slcan");
    CanDecoder decoder = parsed.decoder();
    int bitrate = Integer.parseInt(parsed.get("bitrate", "500000"));
    boolean stamps = parsed.get("timestamps", "off").equalsIgnoreCase("on");
    return new SlcanSource(
        uri, new JSerialCommLink(parsed.path(), 115_200), decoder, bitrate, stamps);
  }

  @Override
  protected void wakeUp() {
    link.close();
  }

  @Override
  protected void run(SampleSink target) throws InterruptedException {
    this.sink = target;
    this.decoding = new FrameDecoding(decoder, counters);
    boolean everStreamed = false;
    while (running()) {
      try {
        openAdapter();
        if (everStreamed) {
          counters.reconnect();
        }
        everStreamed = true;
        lifecycle.moveTo(SourceState.STREAMING);
        readUntilLost();
      } catch (IOException e) {
        if (running()) {
          counters.error(uri + ": " + e.getMessage());
        }
      } finally {
        closeQuietly();
      }
      if (running()) {
        lifecycle.moveTo(SourceState.RECONNECTING);
        Thread.sleep(RETRY_MS);
      }
    }
  }

  private void openAdapter() throws IOException {
    lifecycle.moveTo(SourceState.CONNECTING);
    link.open();
    replies.clear();
    handler = new LineHandler();
    reader = new SlcanLineReader(handler);
    link.write(SlcanCodec.bytes("C\r"));
    awaitReply("C", false);
    command(SlcanCodec.bitrateCommand(bitrate));
    if (timestamps) {
      command("Z1\r");
    }
    command("O\r");
    handler.opening = false;
    while (!replies.isEmpty()) { // frames that arrived in the same read as the last reply
      handler.line(replies.poll());
    }
  }

  private void command(String command) throws IOException {
    link.write(SlcanCodec.bytes(command));
    awaitReply(command.trim(), true);
  }

  /** Waits for CR or BEL; with {@code required}, a refusal or silence is an error. */
  private void awaitReply(String command, boolean required) throws IOException {
    long deadline = System.nanoTime() + REPLY_TIMEOUT_MS * 1_000_000L;
    while (System.nanoTime() < deadline) {
      while (!replies.isEmpty()) {
        String reply = replies.poll();
        if (reply.equals("\u0007")) {
          if (required) {
            throw new IOException("adapter " + link.name() + " refused command " + command);
          }
          return;
        }
        if (reply.isEmpty()) {
          return;
        }
      }
      int n = link.read(buffer);
      if (n < 0) {
        throw new IOException("serial device " + link.name() + " closed while opening");
      }
      reader.feed(buffer, n);
    }
    if (required) {
      throw new IOException("adapter " + link.name() + " did not answer command " + command);
    }
  }

  private void readUntilLost() throws IOException {
    long lastDataNanos = System.nanoTime();
    lastFlushNanos = lastDataNanos;
    while (running()) {
      int n = link.read(buffer);
      long now = System.nanoTime();
      if (n < 0) {
        throw new IOException("serial device " + link.name() + " was closed");
      }
      if (n > 0) {
        lastDataNanos = now;
        lifecycle.moveFrom(SourceState.STALLED, SourceState.STREAMING);
        reader.feed(buffer, n);
      } else {
        if (!link.isPresent()) {
          throw new IOException("serial device " + link.name() + " disappeared");
        }
        if (now - lastDataNanos > STALL_NANOS) {
          lifecycle.moveFrom(SourceState.STREAMING, SourceState.STALLED);
        }
      }
      if (decoding.batcher().pending() >= FLUSH_SAMPLES
          || now - lastFlushNanos > FLUSH_INTERVAL_NANOS) {
        decoding.batcher().flush(sink, counters);
        lastFlushNanos = now;
      }
    }
  }

  private void closeQuietly() {
    if (decoding != null) {
      decoding.batcher().flush(sink, counters);
    }
    try {
      link.write(SlcanCodec.bytes("C\r"));
    } catch (IOException | RuntimeException e) {
      // the device is already gone; nothing to close on the adapter side
    }
    link.close();
  }

  /**
   * Queues replies while the adapter is being opened, then decodes lines as they complete. Runs on
   * the source thread.
   */
  private final class LineHandler implements SlcanLineReader.Listener {
    private final long originWallNanos = System.currentTimeMillis() * 1_000_000L;
    private final long originNanos = System.nanoTime();
    boolean opening = true;

    @Override
    public void line(String line) {
      if (opening) {
        replies.add(line);
        return;
      }
      frameNumber++;
      try {
        SlcanMessage message =
            SlcanCodec.decode(line, originWallNanos + System.nanoTime() - originNanos);
        if (message instanceof SlcanMessage.Frame f) {
          decoding.accept(f.frame(), link.name(), "line " + frameNumber);
        } else if (message instanceof SlcanMessage.Status s && s.flags() != 0) {
          counters.errorFrame(
              link.name() + ": adapter status " + SlcanCodec.describeStatus(s.flags()));
        } else if (message instanceof SlcanMessage.Info info) {
          String text =
              info.text().length() > 40 ? info.text().substring(0, 40) + "..." : info.text();
          counters.invalidFrame(
              link.name() + ": line " + frameNumber + ": unexpected reply " + text);
        }
      } catch (SlcanFormatException e) {
        counters.invalidFrame(link.name() + ": line " + frameNumber + ": " + e.getMessage());
      }
    }

    @Override
    public void refused() {
      if (opening) {
        replies.add("\u0007");
        return;
      }
      counters.error(link.name() + ": adapter answered BEL (command refused or error)");
    }

    @Override
    public void overlong(int length) {
      counters.invalidFrame(
          link.name() + ": line " + (frameNumber + 1) + " longer than " + length + " characters");
    }
  }
}
