package dev.pitwall.hardware.can.slcan;

import java.io.IOException;

/**
 * A byte link to a serial device. Thread contract: one reading thread calls {@link #read}; {@link
 * #close} may be called from any thread to unblock it.
 */
public interface SerialLink {
  /** Device path or name, for messages. */
  String name();

  void open() throws IOException;

  /**
   * Waits up to the link's read timeout for bytes.
   *
   * @return bytes read, 0 on timeout, -1 when the device is gone
   */
  int read(byte[] buffer) throws IOException;

  void write(byte[] bytes) throws IOException;

  /** False once the device node has disappeared (USB adapter unplugged). */
  boolean isPresent();

  void close();
}
