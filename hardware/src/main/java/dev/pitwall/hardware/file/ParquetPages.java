package dev.pitwall.hardware.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Decodes the data pages of one required, PLAIN-encoded column chunk (uncompressed or gzip) into a
 * primitive array: int[] for INT32, long[] for INT64, double[] for DOUBLE, String[] for BYTE_ARRAY.
 * Equal consecutive strings share one String instance (a channel's name repeats on every row).
 */
final class ParquetPages {
  private static final int CODEC_NONE = 0;
  private static final int CODEC_GZIP = 2;

  private ParquetPages() {}

  static Object decode(Path file, byte[] chunk, long chunkAt, int codec, int type, int rows) {
    Object out =
        switch (type) {
          case ParquetSchema.TYPE_INT32 -> new int[rows];
          case ParquetSchema.TYPE_INT64 -> new long[rows];
          case ParquetSchema.TYPE_DOUBLE -> new double[rows];
          default -> new String[rows];
        };
    int pos = 0;
    int filled = 0;
    while (filled < rows) {
      if (pos >= chunk.length) {
        throw ImportException.atByte(
            file, chunkAt + pos, "column chunk ends after " + filled + " of " + rows + " values");
      }
      ThriftCompactReader r = new ThriftCompactReader(chunk, pos, chunk.length);
      Map<Integer, Object> h;
      try {
        h = r.struct();
      } catch (ThriftCompactReader.Corrupt e) {
        throw ImportException.atByte(
            file, chunkAt + e.offset, "corrupt page header: " + e.getMessage());
      }
      long at = chunkAt + pos;
      pos = r.position();
      byte[] body = body(file, chunk, pos, h, at, codec);
      pos += (int) ParquetSchema.num(h, 3);
      Map<Integer, Object> dph = ParquetSchema.struct(h.get(5));
      int n = (int) ParquetSchema.num(dph, 1);
      if (ParquetSchema.num(dph, 2) != 0) {
        throw ImportException.atByte(
            file, at, "page encoding " + dph.get(2) + " not supported (PitWall writes PLAIN)");
      }
      if (n < 0 || filled + n > rows) {
        throw ImportException.atByte(file, at, "page of " + n + " values overflows the row group");
      }
      plain(file, at, body, type, out, filled, n);
      filled += n;
    }
    return out;
  }

  private static byte[] body(
      Path file, byte[] chunk, int pos, Map<Integer, Object> h, long at, int codec) {
    long pageType = ParquetSchema.num(h, 1);
    if (pageType != 0) {
      throw ImportException.atByte(
          file, at, "page type " + pageType + " not supported (only v1 data pages, no dictionary)");
    }
    int size = (int) ParquetSchema.num(h, 3);
    if (size < 0 || size > chunk.length - pos) {
      throw ImportException.atByte(file, at, "page of " + size + " bytes runs past its chunk");
    }
    byte[] stored = Arrays.copyOfRange(chunk, pos, pos + size);
    if (h.get(4) instanceof Long crc) {
      CRC32 c = new CRC32();
      c.update(stored);
      if ((int) c.getValue() != crc.intValue()) {
        throw ImportException.atByte(file, at, "page CRC-32 mismatch (corrupt data)");
      }
    }
    if (codec == CODEC_NONE) {
      return stored;
    }
    if (codec != CODEC_GZIP) {
      throw ImportException.atByte(
          file, at, "compression codec " + codec + " not supported (none or gzip)");
    }
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw ImportException.atByte(file, at, "gzip page does not decompress: " + e.getMessage());
    }
  }

  private static void plain(Path file, long at, byte[] body, int type, Object out, int off, int n) {
    ByteBuffer b = ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN);
    try {
      switch (type) {
        case ParquetSchema.TYPE_INT32 -> b.asIntBuffer().get((int[]) out, off, n);
        case ParquetSchema.TYPE_INT64 -> b.asLongBuffer().get((long[]) out, off, n);
        case ParquetSchema.TYPE_DOUBLE -> {
          double[] d = (double[]) out;
          for (int i = 0; i < n; i++) {
            d[off + i] = Double.longBitsToDouble(b.getLong());
          }
        }
        default -> strings(b, (String[]) out, off, n);
      }
    } catch (RuntimeException e) {
      throw ImportException.atByte(file, at, "page holds fewer than its " + n + " values");
    }
  }

  private static void strings(ByteBuffer b, String[] out, int off, int n) {
    byte[] prev = null;
    String prevString = null;
    for (int i = 0; i < n; i++) {
      int len = b.getInt();
      byte[] s = new byte[len];
      b.get(s);
      if (!Arrays.equals(s, prev)) {
        prev = s;
        prevString = new String(s, StandardCharsets.UTF_8);
      }
      out[off + i] = prevString;
    }
  }
}
