package dev.pitwall.storage.export;

import dev.pitwall.core.exchange.ExchangeFormat;
import dev.pitwall.core.exchange.LapText;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.annotation.AnnotationText;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Exports a stored session as an Apache Parquet file in the long layout of {@link ExchangeFormat}:
 * every sample exactly (times in ns, values as raw doubles), channels with units, laps and session
 * metadata in the footer — readable by DuckDB, Spark, Trino or pandas without PitWall, and by
 * PitWall's importer. Memory: one channel at a time. The file appears atomically (written beside
 * it, then moved), so a failed export leaves no half file. Thread-safe (stateless).
 */
public final class ParquetSessionExporter {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  /**
   * @return the number of samples written
   * @throws ExportException when the session does not exist or the file cannot be written
   */
  public long export(SessionStore store, long sessionId, Path out) {
    SessionSummary summary =
        store.session(sessionId).orElseThrow(() -> new ExportException("no session " + sessionId));
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    long samples = 0;
    try (ParquetColumnWriter.CountingOutput file =
        new ParquetColumnWriter.CountingOutput(
            new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      file.write(MAGIC);
      List<ParquetFooter.RowGroup> groups = new ArrayList<>();
      List<ChannelSummary> channels = store.channels(sessionId);
      for (ChannelSummary cs : channels) {
        SampleBlock block = store.read(sessionId, cs.channel(), Long.MIN_VALUE, Long.MAX_VALUE);
        samples += block.size();
        writeChannel(file, block, groups);
      }
      Map<String, String> meta = metadata(summary, store.laps(sessionId), channels);
      meta.put(AnnotationText.PARQUET_KEY, AnnotationLines.of(store, sessionId, "\n"));
      byte[] footer = ParquetFooter.encode(groups, meta, "pitwall (PitWall Parquet writer 1)");
      file.write(footer);
      file.write(
          ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.length).array());
      file.write(MAGIC);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new ExportException("cannot write " + out + ": " + e.getMessage(), e);
    }
    ExportFiles.moveIntoPlace(tmp, out);
    return samples;
  }

  private static void writeChannel(
      ParquetColumnWriter.CountingOutput file,
      SampleBlock block,
      List<ParquetFooter.RowGroup> groups)
      throws IOException {
    long[] t = block.times();
    double[] v = block.values();
    Channel c = block.channel();
    int perPage = ExchangeFormat.PARQUET_VALUES_PER_PAGE;
    for (int from = 0; from < t.length; from += ExchangeFormat.PARQUET_ROWS_PER_GROUP) {
      int n = Math.min(ExchangeFormat.PARQUET_ROWS_PER_GROUP, t.length - from);
      List<ParquetColumnWriter.Chunk> chunks = new ArrayList<>();
      chunks.add(ParquetColumnWriter.write(file, PlainPages.int32(c.car(), n, perPage)));
      chunks.add(ParquetColumnWriter.write(file, PlainPages.string(c.name(), n, perPage)));
      chunks.add(ParquetColumnWriter.write(file, PlainPages.string(c.unit(), n, perPage)));
      chunks.add(ParquetColumnWriter.write(file, PlainPages.int64(t, from, n, perPage)));
      chunks.add(ParquetColumnWriter.write(file, PlainPages.float64(v, from, n, perPage)));
      groups.add(new ParquetFooter.RowGroup(chunks, n, c.car(), t[from], t[from + n - 1]));
    }
  }

  static Map<String, String> metadata(
      SessionSummary s, List<Lap> laps, List<ChannelSummary> channels) {
    Map<String, String> m = new LinkedHashMap<>();
    String p = ExchangeFormat.PARQUET_PREFIX;
    m.put(ExchangeFormat.PARQUET_VERSION, "1");
    m.put(p + ExchangeFormat.CAR, s.info().car());
    m.put(p + ExchangeFormat.DRIVER, s.info().driver());
    m.put(p + ExchangeFormat.TRACK, s.info().track());
    m.put(p + ExchangeFormat.SOURCE, s.info().source());
    m.put(p + ExchangeFormat.START, s.info().start().toString());
    m.put(
        ExchangeFormat.PARQUET_LAPS,
        laps.stream().map(LapText::format).collect(Collectors.joining("\n")));
    m.put(
        ExchangeFormat.PARQUET_RATES,
        channels.stream()
            .map(c -> c.channel().key() + "," + c.channel().nominalRateHz())
            .collect(Collectors.joining("\n")));
    return m;
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // the .part file is only a leftover; the export already failed with its own message
    }
  }
}
