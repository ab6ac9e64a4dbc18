package dev.pitwall.hardware.file;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A generic reader of Apache Thrift's compact protocol, enough for Parquet's footer and page
 * headers: a struct becomes a map from field id to value (Long for integers, Boolean, Double,
 * byte[] for binary, List, Map, nested struct maps). Every read is bounds-checked: corrupt bytes
 * give a {@link Corrupt} with the offset, never an index exception or endless loop. Not
 * thread-safe.
 */
final class ThriftCompactReader {
  private static final int MAX_DEPTH = 32;

  /** Bytes that are not valid compact protocol; {@code offset} is relative to the buffer start. */
  static final class Corrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int offset;

    Corrupt(int offset, String what) {
      super(what);
      this.offset = offset;
    }
  }

  private final byte[] b;
  private final int end;
  private int pos;
  private int depth;

  ThriftCompactReader(byte[] bytes, int from, int to) {
    this.b = bytes;
    this.pos = from;
    this.end = to;
  }

  int position() {
    return pos;
  }

  Map<Integer, Object> struct() {
    if (++depth > MAX_DEPTH) {
      throw new Corrupt(pos, "structs nested deeper than " + MAX_DEPTH);
    }
    Map<Integer, Object> fields = new HashMap<>();
    int last = 0;
    while (true) {
      int h = u8();
      if (h == 0) {
        depth--;
        return fields;
      }
      int type = h & 0x0f;
      int delta = h >>> 4;
      int id = delta != 0 ? last + delta : (int) unzigzag(varint());
      fields.put(id, value(type));
      last = id;
    }
  }

  private Object value(int type) {
    return switch (type) {
      case 1 -> Boolean.TRUE;
      case 2 -> Boolean.FALSE;
      case 3 -> (long) (byte) u8();
      case 4, 5, 6 -> unzigzag(varint());
      case 7 -> ByteBuffer.wrap(take(8)).order(ByteOrder.LITTLE_ENDIAN).getDouble();
      case 8 -> take((int) Math.min(Integer.MAX_VALUE, varint()));
      case 9, 10 -> list();
      case 11 -> map();
      case 12 -> struct();
      default -> throw new Corrupt(pos - 1, "unknown compact type " + type);
    };
  }

  private List<Object> list() {
    int h = u8();
    long size = h >>> 4;
    int elem = h & 0x0f;
    if (size == 15) {
      size = varint();
    }
    if (size > end - pos) {
      throw new Corrupt(pos, "list of " + size + " elements exceeds the remaining bytes");
    }
    List<Object> out = new ArrayList<>((int) size);
    for (long i = 0; i < size; i++) {
      out.add(elem == 1 || elem == 2 ? Boolean.valueOf(u8() == 1) : value(elem));
    }
    return out;
  }

  private Map<Object, Object> map() {
    long size = varint();
    Map<Object, Object> out = new HashMap<>();
    if (size == 0) {
      return out;
    }
    if (size > end - pos) {
      throw new Corrupt(pos, "map of " + size + " entries exceeds the remaining bytes");
    }
    int types = u8();
    for (long i = 0; i < size; i++) {
      out.put(value(types >>> 4), value(types & 0x0f));
    }
    return out;
  }

  private int u8() {
    if (pos >= end) {
      throw new Corrupt(pos, "metadata ends early");
    }
    return b[pos++] & 0xff;
  }

  private byte[] take(int n) {
    if (n < 0 || n > end - pos) {
      throw new Corrupt(pos, n + " bytes announced, " + (end - pos) + " left");
    }
    byte[] out = java.util.Arrays.copyOfRange(b, pos, pos + n);
    pos += n;
    return out;
  }

  private long varint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int x = u8();
      v |= (long) (x & 0x7f) << shift;
      if ((x & 0x80) == 0) {
        return v;
      }
    }
    throw new Corrupt(pos, "varint longer than 10 bytes");
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }
}
