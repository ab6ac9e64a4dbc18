package dev.pitwall.storage.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The write half of Apache Thrift's compact protocol, as far as Parquet's metadata needs it
 * (structs, i32/i64, binary, lists, booleans). Field headers use the delta form when the id grows
 * by 1..15, else the long form; integers are zig-zag varints. Not thread-safe.
 */
final class ThriftCompactWriter {
  static final int BOOL_TRUE = 1;
  static final int BOOL_FALSE = 2;
  static final int I32 = 5;
  static final int I64 = 6;
  static final int BINARY = 8;
  static final int LIST = 9;
  static final int STRUCT = 12;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Deque<Integer> lastIds = new ArrayDeque<>();
  private int lastId;

  byte[] toByteArray() {
    return out.toByteArray();
  }

  void fieldI32(int id, int v) {
    header(id, I32);
    varint(zigzag32(v));
  }

  void fieldI64(int id, long v) {
    header(id, I64);
    varint(zigzag64(v));
  }

  void fieldString(int id, String s) {
    header(id, BINARY);
    binary(s.getBytes(StandardCharsets.UTF_8));
  }

  void fieldBinary(int id, byte[] b) {
    header(id, BINARY);
    binary(b);
  }

  void fieldBool(int id, boolean v) {
    header(id, v ? BOOL_TRUE : BOOL_FALSE);
  }

  /** Starts a struct-typed field; close it with {@link #endStruct()}. */
  void fieldStruct(int id) {
    header(id, STRUCT);
    beginStruct();
  }

  /** Starts a list-typed field of {@code size} elements of {@code elementType}. */
  void fieldList(int id, int elementType, int size) {
    header(id, LIST);
    if (size < 15) {
      out.write((size << 4) | elementType);
    } else {
      out.write(0xf0 | elementType);
      varint(size);
    }
  }

  /** A struct as a list element (no field header). */
  void beginStruct() {
    lastIds.push(lastId);
    lastId = 0;
  }

  void endStruct() {
    out.write(0); // STOP
    lastId = lastIds.isEmpty() ? 0 : lastIds.pop();
  }

  void elementI32(int v) {
    varint(zigzag32(v));
  }

  void elementString(String s) {
    binary(s.getBytes(StandardCharsets.UTF_8));
  }

  private void header(int id, int type) {
    int delta = id - lastId;
    if (delta > 0 && delta <= 15) {
      out.write((delta << 4) | type);
    } else {
      out.write(type);
      varint(zigzag32(id));
    }
    lastId = id;
  }

  private void binary(byte[] b) {
    varint(b.length);
    out.write(b, 0, b.length);
  }

  private void varint(long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  private static long zigzag32(int v) {
    return ((v << 1) ^ (v >> 31)) & 0xffffffffL;
  }

  private static long zigzag64(long v) {
    return (v << 1) ^ (v >> 63);
  }
}
