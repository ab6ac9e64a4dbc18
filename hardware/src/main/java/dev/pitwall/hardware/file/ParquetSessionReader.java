package dev.pitwall.hardware.file;

import dev.pitwall.core.exchange.ExchangeFormat;
import dev.pitwall.core.exchange.LapText;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.annotation.AnnotationText;
import dev.pitwall.core.telemetry.Channel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads PitWall's Parquet export ({@link ExchangeFormat}): footer, schema check, then every row
 * group's five column chunks, page by page, verifying each page's CRC-32 when present. Supports
 * what the format allows PitWall's writer to produce and says so for anything else (dictionary or
 * other encodings, codecs other than none/gzip, other schemas), with the byte offset.
 */
final class ParquetSessionReader {
  private static final int TAIL = 8;

  private ParquetSessionReader() {}

  static ImportedSession read(Path file) {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 12 || !"PAR1".equals(ascii(bytes(ch, 0, 4)))) {
        throw ImportException.atByte(file, 0, "no PAR1 magic: not a Parquet file");
      }
      byte[] tail = bytes(ch, size - TAIL, TAIL);
      if (!"PAR1".equals(ascii(Arrays.copyOfRange(tail, 4, 8)))) {
        throw ImportException.atByte(file, size - 4, "no PAR1 footer magic (truncated file?)");
      }
      int footerLen = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN).getInt();
      long footerAt = size - TAIL - footerLen;
      if (footerLen <= 0 || footerAt < 4) {
        throw ImportException.atByte(
            file, size - TAIL, "footer length " + footerLen + " is impossible");
      }
      Map<Integer, Object> meta = parse(file, bytes(ch, footerAt, footerLen), footerAt);
      ParquetSchema.check(file, footerAt, meta);
      Map<String, String> kv = ParquetSchema.keyValues(meta);
      Map<String, Double> rates = rates(kv);
      ChannelColumns columns = new ChannelColumns();
      long rows = 0;
      for (Object g : ParquetSchema.list(meta, 4)) {
        rows += readRowGroup(file, ch, ParquetSchema.struct(g), columns, rates);
      }
      if (columns.isEmpty()) {
        throw ImportException.ofFile(file, "the Parquet file holds no samples");
      }
      return new ImportedSession(
          info(file, kv),
          columns.blocks(0),
          laps(file, kv),
          FileFormat.PARQUET,
          rows,
          List.of(),
          ImportedAnnotations.parse(file, kv.getOrDefault(AnnotationText.PARQUET_KEY, "")));
    } catch (IOException e) {
      throw ImportException.ofFile(file, "cannot read: " + e.getMessage());
    } catch (ThriftCompactReader.Corrupt e) {
      throw ImportException.ofFile(file, "corrupt Parquet metadata: " + e.getMessage());
    }
  }

  private static long readRowGroup(
      Path file,
      FileChannel ch,
      Map<Integer, Object> group,
      ChannelColumns out,
      Map<String, Double> rates)
      throws IOException {
    List<Object> chunks = ParquetSchema.list(group, 1);
    long rows = ParquetSchema.num(group, 3);
    if (chunks.size() != 5 || rows > Integer.MAX_VALUE) {
      throw ImportException.ofFile(
          file, "row group with " + chunks.size() + " columns, " + rows + " rows");
    }
    Object[] cols = new Object[5];
    for (int i = 0; i < 5; i++) {
      Map<Integer, Object> md = ParquetSchema.struct(ParquetSchema.struct(chunks.get(i)).get(3));
      long at = ParquetSchema.num(md, 9);
      long len = ParquetSchema.num(md, 7);
      if (at < 4 || len < 0 || len > Integer.MAX_VALUE || at + len > ch.size()) {
        throw ImportException.atByte(file, at, "column chunk outside the file");
      }
      cols[i] =
          ParquetPages.decode(
              file,
              bytes(ch, at, (int) len),
              at,
              (int) ParquetSchema.num(md, 4),
              ParquetSchema.COLUMN_TYPES[i],
              (int) rows);
    }
    int[] car = (int[]) cols[0];
    String[] name = (String[]) cols[1];
    String[] unit = (String[]) cols[2];
    long[] time = (long[]) cols[3];
    double[] value = (double[]) cols[4];
    Map<String, Channel> made = new HashMap<>();
    Channel c = null;
    for (int r = 0; r < rows; r++) {
      // equal consecutive strings are one instance (ParquetPages), so == finds the common case
      if (c == null || c.car() != car[r] || name[r] != name[r - 1] || unit[r] != unit[r - 1]) {
        String key = car[r] == 0 ? name[r] : "car" + car[r] + "/" + name[r];
        int row = r;
        c =
            made.computeIfAbsent(
                key + "\u0000" + unit[r],
                k -> new Channel(name[row], unit[row], rates.getOrDefault(key, 0.0), car[row]));
      }
      out.add(c, time[r], value[r]);
    }
    return rows;
  }

  private static Map<Integer, Object> parse(Path file, byte[] footer, long footerAt) {
    try {
      return new ThriftCompactReader(footer, 0, footer.length).struct();
    } catch (ThriftCompactReader.Corrupt e) {
      throw ImportException.atByte(file, footerAt + e.offset, "corrupt footer: " + e.getMessage());
    }
  }

  private static SessionInfo info(Path file, Map<String, String> kv) {
    String p = ExchangeFormat.PARQUET_PREFIX;
    Instant start;
    try {
      start = Instant.parse(kv.getOrDefault(p + ExchangeFormat.START, "1970-01-01T00:00:00Z"));
    } catch (RuntimeException e) {
      throw ImportException.ofFile(file, "footer start is not an ISO-8601 instant");
    }
    return new SessionInfo(
        kv.getOrDefault(p + ExchangeFormat.CAR, ""),
        kv.getOrDefault(p + ExchangeFormat.DRIVER, ""),
        kv.getOrDefault(p + ExchangeFormat.TRACK, ""),
        kv.getOrDefault(p + ExchangeFormat.SOURCE, "parquet:" + file),
        start);
  }

  private static List<Lap> laps(Path file, Map<String, String> kv) {
    List<Lap> laps = new ArrayList<>();
    for (String line : kv.getOrDefault(ExchangeFormat.PARQUET_LAPS, "").split("\n")) {
      if (!line.isBlank()) {
        try {
          laps.add(LapText.parse(line));
        } catch (RuntimeException e) {
          throw ImportException.ofFile(file, "footer lap '" + line + "': " + e.getMessage());
        }
      }
    }
    return laps;
  }

  private static Map<String, Double> rates(Map<String, String> kv) {
    Map<String, Double> out = new HashMap<>();
    for (String line : kv.getOrDefault(ExchangeFormat.PARQUET_RATES, "").split("\n")) {
      int comma = line.lastIndexOf(',');
      if (comma > 0) {
        try {
          out.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
        } catch (NumberFormatException e) {
          // a bad rate only loses the nominal rate (0 = unknown), never samples
        }
      }
    }
    return out;
  }

  static byte[] bytes(FileChannel ch, long at, int n) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(n);
    while (buf.hasRemaining()) {
      if (ch.read(buf, at + buf.position()) < 0) {
        break;
      }
    }
    return buf.array();
  }

  private static String ascii(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
