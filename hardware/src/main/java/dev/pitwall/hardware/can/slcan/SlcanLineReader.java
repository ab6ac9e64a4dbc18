package dev.pitwall.hardware.can.slcan;

import java.nio.charset.StandardCharsets;

/**
 * Splits the adapter's byte stream into CR-terminated lines and BEL refusals. LF is ignored (some
 * firmwares send CR LF); an over-long line (noise, wrong baud rate) is discarded and reported.
 *
 * <p>Not thread-safe: owned by the reading thread.
 */
final class SlcanLineReader {
  /** Longest legal line: 'D' + 8 id + 1 dlc + 128 data + 4 timestamp. */
  static final int MAX_LINE = 142;

  interface Listener {
    void line(String line);

    void refused();

    void overlong(int length);
  }

  private final byte[] buffer = new byte[MAX_LINE];
  private final Listener listener;
  private int length;
  private boolean discarding;

  SlcanLineReader(Listener listener) {
    this.listener = listener;
  }

  void feed(byte[] bytes, int count) {
    for (int i = 0; i < count; i++) {
      byte b = bytes[i];
      if (b == '\r') {
        if (discarding) {
          discarding = false;
        } else {
          listener.line(new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
        }
        length = 0;
      } else if (b == 0x07) {
        length = 0;
        discarding = false;
        listener.refused();
      } else if (b != '\n') {
        append(b);
      }
    }
  }

  private void append(byte b) {
    if (discarding) {
      return;
    }
    if (length == MAX_LINE) {
      listener.overlong(length);
      discarding = true;
      length = 0;
      return;
    }
    buffer[length++] = b;
  }
}
