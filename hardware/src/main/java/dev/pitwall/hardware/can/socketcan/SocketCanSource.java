package dev.pitwall.hardware.can.socketcan;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.CanSourceUri;
import dev.pitwall.hardware.can.FrameDecoding;
import dev.pitwall.hardware.can.ThreadedCanSource;
import dev.pitwall.hardware.can.dbc.DbcParseException;
import java.io.IOException;

/**
 * Live CAN through Linux SocketCAN: {@code socketcan:can0?dbc=FILE[&checksum=toyota|none]}.
 * Receives classic and FD frames with kernel timestamps; error frames are counted with their error
 * classes. A missing or downed interface is retried every second (USB adapters come and go); a
 * kernel without CAN support ends the source with {@value CanSocket#NO_KERNEL_CAN}.
 */
public final class SocketCanSource extends ThreadedCanSource {
  private static final long RETRY_MS = 1_000;
  private static final int FLUSH_SAMPLES = 1024;
  private static final long FLUSH_INTERVAL_NANOS = 20_000_000L;

  private final CanSocketApi api;
  private final String interfaceName;

  public SocketCanSource(String uri, CanSocketApi api, String interfaceName, CanDecoder decoder) {
    super(uri, decoder);
    this.api = api;
    this.interfaceName = interfaceName;
  }

  public static SocketCanSource fromUri(String uri) throws IOException, DbcParseException {
    CanSourceUri parsed = CanSourceUri.parse(uri, "socketcan");
    CanDecoder decoder = parsed.decoder();
    return new SocketCanSource(uri, new LibcCanSocketApi(), parsed.path(), decoder);
  }

  @Override
  protected void run(SampleSink sink) throws InterruptedException {
    FrameDecoding decoding = new FrameDecoding(decoder, counters);
    boolean everStreamed = false;
    while (running()) {
      lifecycle.moveTo(SourceState.CONNECTING);
      try (CanSocket socket = CanSocket.open(api, interfaceName)) {
        if (everStreamed) {
          counters.reconnect();
        }
        everStreamed = true;
        lifecycle.moveTo(SourceState.STREAMING);
        receiveUntilLost(socket, decoding, sink);
      } catch (SocketCanException e) {
        counters.error(uri + ": " + e.getMessage());
        if (e.permanent()) {
          lifecycle.moveTo(SourceState.DISCONNECTED);
          return;
        }
      } finally {
        decoding.batcher().flush(sink, counters);
      }
      if (running()) {
        lifecycle.moveTo(SourceState.RECONNECTING);
        Thread.sleep(RETRY_MS);
      }
    }
  }

  private void receiveUntilLost(CanSocket socket, FrameDecoding decoding, SampleSink sink)
      throws SocketCanException {
    long lastFlush = System.nanoTime();
    long frameNumber = 0;
    while (running()) {
      CanFrame frame =
          socket.receive(
              bytes ->
                  counters.invalidFrame(
                      interfaceName + ": read of " + bytes + " bytes is no CAN or CAN FD frame"));
      if (frame != null) {
        frameNumber++;
        decoding.accept(frame, interfaceName, "frame " + frameNumber);
      }
      long now = System.nanoTime();
      if (decoding.batcher().pending() >= FLUSH_SAMPLES || now - lastFlush > FLUSH_INTERVAL_NANOS) {
        decoding.batcher().flush(sink, counters);
        lastFlush = now;
      }
    }
  }
}
