package dev.pitwall.storage.export;

import dev.pitwall.core.exchange.ExchangeFormat;
import java.util.List;
import java.util.Map;

/**
 * Serialises Parquet's {@code FileMetaData} (parquet-format's parquet.thrift, field ids as there)
 * for PitWall's fixed long-format schema. Statistics (min/max, little-endian) are written for the
 * {@code car} and {@code time_ns} columns so engines can skip row groups.
 */
final class ParquetFooter {
  static final int TYPE_INT32 = 1;
  static final int TYPE_INT64 = 2;
  static final int TYPE_DOUBLE = 5;
  static final int TYPE_BYTE_ARRAY = 6;
  static final int[] COLUMN_TYPES = {
    TYPE_INT32, TYPE_BYTE_ARRAY, TYPE_BYTE_ARRAY, TYPE_INT64, TYPE_DOUBLE
  };
  private static final int CODEC_GZIP = 2;
  private static final int CONVERTED_UTF8 = 0;
  private static final int REQUIRED = 0;

  /** One row group: the five chunks in schema order and the min/max of car and time. */
  record RowGroup(
      List<ParquetColumnWriter.Chunk> chunks, long rows, int car, long minTimeNs, long maxTimeNs) {}

  private ParquetFooter() {}

  static byte[] encode(List<RowGroup> groups, Map<String, String> keyValues, String createdBy) {
    ThriftCompactWriter t = new ThriftCompactWriter();
    t.beginStruct();
    t.fieldI32(1, 1);
    schema(t);
    t.fieldI64(3, groups.stream().mapToLong(RowGroup::rows).sum());
    t.fieldList(4, ThriftCompactWriter.STRUCT, groups.size());
    for (RowGroup g : groups) {
      rowGroup(t, g);
    }
    t.fieldList(5, ThriftCompactWriter.STRUCT, keyValues.size());
    for (Map.Entry<String, String> kv : keyValues.entrySet()) {
      t.beginStruct();
      t.fieldString(1, kv.getKey());
      t.fieldString(2, kv.getValue());
      t.endStruct();
    }
    t.fieldString(6, createdBy);
    t.endStruct();
    return t.toByteArray();
  }

  private static void schema(ThriftCompactWriter t) {
    String[] names = ExchangeFormat.PARQUET_COLUMNS;
    t.fieldList(2, ThriftCompactWriter.STRUCT, names.length + 1);
    t.beginStruct();
    t.fieldString(4, "pitwall_session");
    t.fieldI32(5, names.length);
    t.endStruct();
    for (int i = 0; i < names.length; i++) {
      t.beginStruct();
      t.fieldI32(1, COLUMN_TYPES[i]);
      t.fieldI32(3, REQUIRED);
      t.fieldString(4, names[i]);
      if (COLUMN_TYPES[i] == TYPE_BYTE_ARRAY) {
        t.fieldI32(6, CONVERTED_UTF8);
        t.fieldStruct(10); // LogicalType union
        t.fieldStruct(1); // STRING
        t.endStruct();
        t.endStruct();
      }
      t.endStruct();
    }
  }

  private static void rowGroup(ThriftCompactWriter t, RowGroup g) {
    t.beginStruct();
    t.fieldList(1, ThriftCompactWriter.STRUCT, g.chunks().size());
    long total = 0;
    for (int i = 0; i < g.chunks().size(); i++) {
      ParquetColumnWriter.Chunk c = g.chunks().get(i);
      total += c.uncompressedBytes();
      t.beginStruct();
      t.fieldI64(2, c.firstPageOffset());
      t.fieldStruct(3);
      t.fieldI32(1, COLUMN_TYPES[i]);
      t.fieldList(2, ThriftCompactWriter.I32, 1);
      t.elementI32(ParquetColumnWriter.ENCODING_PLAIN);
      t.fieldList(3, ThriftCompactWriter.BINARY, 1);
      t.elementString(ExchangeFormat.PARQUET_COLUMNS[i]);
      t.fieldI32(4, CODEC_GZIP);
      t.fieldI64(5, c.values());
      t.fieldI64(6, c.uncompressedBytes());
      t.fieldI64(7, c.compressedBytes());
      t.fieldI64(9, c.firstPageOffset());
      if (i == 0) {
        statistics(t, le32(g.car()), le32(g.car()));
      } else if (i == 3) {
        statistics(t, le64(g.minTimeNs()), le64(g.maxTimeNs()));
      }
      t.endStruct();
      t.endStruct();
    }
    t.fieldI64(2, total);
    t.fieldI64(3, g.rows());
    t.endStruct();
  }

  private static void statistics(ThriftCompactWriter t, byte[] min, byte[] max) {
    t.fieldStruct(12);
    t.fieldI64(3, 0); // null_count
    t.fieldBinary(5, max);
    t.fieldBinary(6, min);
    t.endStruct();
  }

  private static byte[] le32(int v) {
    return java.nio.ByteBuffer.allocate(4)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(v)
        .array();
  }

  private static byte[] le64(long v) {
    return java.nio.ByteBuffer.allocate(8)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putLong(v)
        .array();
  }
}
