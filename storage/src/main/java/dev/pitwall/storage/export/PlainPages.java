package dev.pitwall.storage.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * PLAIN-encoded page bodies of one column of {@code n} rows, {@code perPage} values a page: INT32
 * and INT64 and DOUBLE little-endian, BYTE_ARRAY as a 4-byte little-endian length then the bytes.
 */
abstract class PlainPages {
  private final int rows;
  private final int perPage;

  PlainPages(int rows, int perPage) {
    this.rows = rows;
    this.perPage = perPage;
  }

  int count() {
    return (rows + perPage - 1) / perPage;
  }

  int values(int page) {
    return Math.min(perPage, rows - page * perPage);
  }

  byte[] body(int page) {
    int from = page * perPage;
    int n = values(page);
    ByteBuffer b = ByteBuffer.allocate(n * width()).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = from; i < from + n; i++) {
      put(b, i);
    }
    return b.array();
  }

  abstract int width();

  abstract void put(ByteBuffer b, int row);

  static PlainPages int32(int value, int rows, int perPage) {
    return new PlainPages(rows, perPage) {
      int width() {
        return 4;
      }

      void put(ByteBuffer b, int row) {
        b.putInt(value);
      }
    };
  }

  static PlainPages string(String value, int rows, int perPage) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return new PlainPages(rows, perPage) {
      int width() {
        return 4 + bytes.length;
      }

      void put(ByteBuffer b, int row) {
        b.putInt(bytes.length).put(bytes);
      }
    };
  }

  static PlainPages int64(long[] values, int offset, int rows, int perPage) {
    return new PlainPages(rows, perPage) {
      int width() {
        return 8;
      }

      void put(ByteBuffer b, int row) {
        b.putLong(values[offset + row]);
      }
    };
  }

  /** Doubles by their raw IEEE-754 bits, so NaN payloads survive. */
  static PlainPages float64(double[] values, int offset, int rows, int perPage) {
    return new PlainPages(rows, perPage) {
      int width() {
        return 8;
      }

      void put(ByteBuffer b, int row) {
        b.putLong(Double.doubleToRawLongBits(values[offset + row]));
      }
    };
  }
}
