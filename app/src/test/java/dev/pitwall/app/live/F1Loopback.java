package dev.pitwall.app.live;

import dev.pitwall.hardware.f1.F1Capture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;

/** A real F1 UDP capture sent to a loopback port as the running game sends it, for live tests. */
final class F1Loopback {
  private F1Loopback() {}

  /** A UDP port nobody listens on right now (the source under test binds it next). */
  static int freePort() throws IOException {
    try (DatagramSocket free = new DatagramSocket(0)) {
      return free.getLocalPort();
    }
  }

  /**
   * Starts a daemon thread that sends {@code packets} to 127.0.0.1:{@code port} in a loop, about 2
   * ms per datagram (a running game), until {@link #stop stopped}.
   */
  static Thread stream(List<F1Capture.Packet> packets, int port) {
    return Thread.ofPlatform().daemon().start(() -> sendInLoop(packets, port));
  }

  /** Interrupts the sender and waits up to 2 s for it to end. */
  static void stop(Thread sender) throws InterruptedException {
    sender.interrupt();
    sender.join(2000);
  }

  private static void sendInLoop(List<F1Capture.Packet> packets, int port) {
    try (DatagramSocket sender = new DatagramSocket()) {
      InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
      while (true) {
        for (F1Capture.Packet p : packets) {
          sender.send(new DatagramPacket(p.data(), p.data().length, to));
          Thread.sleep(2);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
