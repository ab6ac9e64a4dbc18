package dev.pitwall.storage.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one Parquet column chunk as data pages (v1, PLAIN values, required column so no
 * repetition/definition levels), each gzip-compressed and carrying the CRC-32 of its on-disk bytes
 * in the page header. Not thread-safe.
 */
final class ParquetColumnWriter {
  static final int PAGE_DATA = 0;
  static final int ENCODING_PLAIN = 0;
  static final int ENCODING_RLE = 3;

  /** What the footer needs to know about a written chunk. */
  record Chunk(long firstPageOffset, long compressedBytes, long uncompressedBytes, long values) {}

  private ParquetColumnWriter() {}

  /**
   * @param out the file, positioned at {@code offset}
   * @param pages plain-encoded page bodies and their value counts
   */
  static Chunk write(CountingOutput out, PlainPages pages) throws IOException {
    long first = out.position();
    long uncompressed = 0;
    long values = 0;
    for (int p = 0; p < pages.count(); p++) {
      byte[] raw = pages.body(p);
      byte[] gz = gzip(raw);
      CRC32 crc = new CRC32();
      crc.update(gz);
      byte[] header = pageHeader(raw.length, gz.length, (int) crc.getValue(), pages.values(p));
      out.write(header);
      out.write(gz);
      uncompressed += header.length + raw.length;
      values += pages.values(p);
    }
    return new Chunk(first, out.position() - first, uncompressed, values);
  }

  private static byte[] pageHeader(int rawBytes, int gzBytes, int crc, int values) {
    ThriftCompactWriter t = new ThriftCompactWriter();
    t.beginStruct();
    t.fieldI32(1, PAGE_DATA);
    t.fieldI32(2, rawBytes);
    t.fieldI32(3, gzBytes);
    t.fieldI32(4, crc);
    t.fieldStruct(5);
    t.fieldI32(1, values);
    t.fieldI32(2, ENCODING_PLAIN);
    t.fieldI32(3, ENCODING_RLE);
    t.fieldI32(4, ENCODING_RLE);
    t.endStruct();
    t.endStruct();
    return t.toByteArray();
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream(raw.length / 4 + 64);
    try (GZIPOutputStream gz = new FastGzip(bos)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bos.toByteArray();
  }

  /** Gzip at the fastest level: exports are bound by compression time, not by size. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  /** An output stream that knows its byte position in the file. */
  static final class CountingOutput extends OutputStream {
    private final OutputStream out;
    private long position;

    CountingOutput(OutputStream out) {
      this.out = out;
    }

    long position() {
      return position;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      position++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      position += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
