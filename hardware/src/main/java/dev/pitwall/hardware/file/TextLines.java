package dev.pitwall.hardware.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a text file line by line with its 1-based line number, decoding each line as strict UTF-8
 * so binary or foreign bytes fail naming their line and byte offset instead of becoming replacement
 * characters. Accepts LF and CRLF endings. Not thread-safe.
 */
final class TextLines implements AutoCloseable {
  private final Path file;
  private final InputStream in;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[256];
  private long number;
  private long offset;

  TextLines(Path file) {
    this.file = file;
    try {
      this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw ImportException.ofFile(file, "cannot open: " + e.getMessage());
    }
  }

  /** The next line without its terminator (and without a UTF-8 BOM), or null at the end. */
  String next() {
    try {
      long lineStart = offset;
      int n = 0;
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        if (n == buf.length) {
          buf = Arrays.copyOf(buf, n * 2);
        }
        buf[n++] = (byte) b;
        b = in.read();
      }
      offset += n + (b == '\n' ? 1 : 0);
      number++;
      int len = n > 0 && buf[n - 1] == '\r' ? n - 1 : n;
      String line = decode(len, lineStart);
      return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    } catch (IOException e) {
      throw ImportException.atLine(file, number + 1, "read failed: " + e.getMessage());
    }
  }

  private String decode(int len, long lineStart) {
    try {
      return utf8.decode(ByteBuffer.wrap(buf, 0, len)).toString();
    } catch (CharacterCodingException e) {
      throw ImportException.atLine(
          file, number, "not UTF-8 text near byte " + lineStart + " (binary or foreign file?)");
    }
  }

  /** Number of the line last returned by {@link #next()}. */
  long number() {
    return number;
  }

  Path file() {
    return file;
  }

  ImportException error(String what) {
    return ImportException.atLine(file, number, what);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // read-only file: nothing written can be lost by a failed close
    }
  }
}
