package dev.pitwall.hardware.can.slcan;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link SerialLink} over jSerialComm. USB CDC-ACM adapters ignore the baud rate; it matters only
 * for real UARTs. Reads are semi-blocking with a 100 ms timeout so the source can notice stops and
 * stalls.
 */
public final class JSerialCommLink implements SerialLink {
  private static final int READ_TIMEOUT_MS = 100;
  private static final int WRITE_TIMEOUT_MS = 2_000;
  private final String path;
  private final int baud;
  private volatile SerialPort port;

  public JSerialCommLink(String path, int baud) {
    this.path = path;
    this.baud = baud;
  }

  @Override
  public String name() {
    return path;
  }

  @Override
  public void open() throws IOException {
    if (!isPresent()) {
      throw new IOException("serial device " + path + " does not exist");
    }
    SerialPort p = SerialPort.getCommPort(path);
    p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
    p.setComPortTimeouts(
        SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
        READ_TIMEOUT_MS,
        WRITE_TIMEOUT_MS);
    if (!p.openPort()) {
      throw new IOException(
          "cannot open serial device " + path + " (error code " + p.getLastErrorCode() + ")");
    }
    port = p;
  }

  @Override
  public int read(byte[] buffer) throws IOException {
    SerialPort p = port;
    if (p == null) {
      throw new IOException(path + " is not open");
    }
    int n = p.readBytes(buffer, buffer.length);
    return n < 0 || !p.isOpen() ? -1 : n;
  }

  @Override
  public void write(byte[] bytes) throws IOException {
    SerialPort p = port;
    int done = 0;
    while (p != null && done < bytes.length) {
      int n = p.writeBytes(bytes, bytes.length - done, done);
      if (n <= 0) {
        break;
      }
      done += n;
    }
    if (done != bytes.length) {
      throw new IOException(
          "cannot write to serial device "
              + path
              + " ("
              + done
              + " of "
              + bytes.length
              + " bytes)");
    }
  }

  @Override
  public boolean isPresent() {
    return Files.exists(Path.of(path));
  }

  @Override
  public void close() {
    SerialPort p = port;
    port = null;
    if (p != null) {
      p.closePort();
    }
  }
}
