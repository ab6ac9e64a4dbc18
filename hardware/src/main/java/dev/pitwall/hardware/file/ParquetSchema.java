package dev.pitwall.hardware.file;

import dev.pitwall.core.exchange.ExchangeFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Field access into a parsed Parquet footer and the check that it is PitWall's schema. */
final class ParquetSchema {
  static final int TYPE_INT32 = 1;
  static final int TYPE_INT64 = 2;
  static final int TYPE_DOUBLE = 5;
  static final int TYPE_BYTE_ARRAY = 6;
  static final int[] COLUMN_TYPES = {
    TYPE_INT32, TYPE_BYTE_ARRAY, TYPE_BYTE_ARRAY, TYPE_INT64, TYPE_DOUBLE
  };

  private ParquetSchema() {}

  static void check(Path file, long footerAt, Map<Integer, Object> meta) {
    List<String> found = new ArrayList<>();
    boolean ok = true;
    List<Object> schema = list(meta, 2);
    for (int i = 1; i < schema.size(); i++) {
      Map<Integer, Object> e = struct(schema.get(i));
      String name = e.get(4) instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : "?";
      found.add(name);
      int k = i - 1;
      ok &=
          k < COLUMN_TYPES.length
              && name.equals(ExchangeFormat.PARQUET_COLUMNS[k])
              && e.get(1) instanceof Long t
              && t == COLUMN_TYPES[k]
              && e.get(3) instanceof Long rep
              && rep == 0;
    }
    if (!ok || found.size() != COLUMN_TYPES.length) {
      throw ImportException.atByte(
          file,
          footerAt,
          "not a PitWall Parquet session: columns "
              + found
              + " (expected required car, channel, unit, time_ns, value)");
    }
  }

  static Map<String, String> keyValues(Map<Integer, Object> meta) {
    Map<String, String> out = new HashMap<>();
    if (meta.get(5) instanceof List<?> kvs) {
      for (Object o : kvs) {
        Map<Integer, Object> kv = struct(o);
        if (kv.get(1) instanceof byte[] k) {
          byte[] v = kv.get(2) instanceof byte[] b ? b : new byte[0];
          out.put(new String(k, StandardCharsets.UTF_8), new String(v, StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static Map<Integer, Object> struct(Object o) {
    if (o instanceof Map<?, ?> m) {
      return (Map<Integer, Object>) m;
    }
    throw new ThriftCompactReader.Corrupt(0, "expected a struct, found " + o);
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<Integer, Object> s, int field) {
    if (s.get(field) instanceof List<?> l) {
      return (List<Object>) l;
    }
    throw new ThriftCompactReader.Corrupt(0, "required list field " + field + " missing");
  }

  static long num(Map<Integer, Object> s, int field) {
    if (s.get(field) instanceof Long v) {
      return v;
    }
    throw new ThriftCompactReader.Corrupt(0, "required integer field " + field + " missing");
  }
}
