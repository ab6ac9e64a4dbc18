package dev.pitwall.hardware.can.slcan;

import dev.pitwall.hardware.can.CanFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The adapter side of an SLCAN link for tests: answers CR to C, Sn, Z1 and O (BEL to anything else)
 * and, once opened, sends the given frames as SLCAN lines.
 */
final class FakeSlcanAdapter implements AutoCloseable {
  final List<String> commands = new CopyOnWriteArrayList<>();
  private final SerialLink port;
  private final List<CanFrame> frames;
  private final Thread thread;
  private volatile boolean running = true;

  FakeSlcanAdapter(SerialLink port, List<CanFrame> frames) throws IOException {
    this.port = port;
    this.frames = frames;
    port.open();
    thread = Thread.ofPlatform().name("fake-slcan-adapter").daemon().start(this::serve);
  }

  private void serve() {
    byte[] buffer = new byte[256];
    StringBuilder line = new StringBuilder();
    try {
      while (running) {
        int n = port.read(buffer);
        if (n < 0) {
          return;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] != '\r') {
            line.append((char) buffer[i]);
            continue;
          }
          String command = line.toString();
          line.setLength(0);
          commands.add(command);
          boolean known = command.equals("C") || command.matches("S[0-8]|Z1|O");
          port.write(new byte[] {(byte) (known ? '\r' : 7)});
          if (command.equals("O")) {
            sendFrames();
          }
        }
      }
    } catch (IOException e) {
      // the pty went away: the test closes it on purpose
    }
  }

  private void sendFrames() throws IOException {
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    int stamp = 0;
    for (CanFrame f : frames) {
      chunk.writeBytes(SlcanCodec.bytes(SlcanCodec.encode(f, (stamp++ % 2 == 0) ? -1 : stamp)));
      if (chunk.size() > 4000) {
        port.write(chunk.toByteArray());
        chunk.reset();
      }
    }
    port.write(chunk.toByteArray());
  }

  @Override
  public void close() {
    running = false;
    port.close();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
