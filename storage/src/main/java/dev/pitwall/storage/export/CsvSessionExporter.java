package dev.pitwall.storage.export;

import dev.pitwall.core.exchange.ExchangeFormat;
import dev.pitwall.core.exchange.LapText;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports a stored session as CSV: {@code # key=value} metadata lines, a header {@code
 * time_s,name[unit],...} (one column per channel), then rows (format in {@link ExchangeFormat}).
 *
 * <p>Without a rate every sample is written at its own time (rows are the union of all channels'
 * times, a cell is empty where a channel has no sample), so export → import is lossless. With a
 * rate the rows are a regular grid from the first sample: a cell is the linear interpolation of its
 * channel's neighbouring samples (the previous sample for dimensionless "-" channels such as gear),
 * empty where the channel has a hole longer than {@link #MAX_GAP_NS} or no sample yet.
 *
 * <p>Memory: the whole session (16 bytes per sample). The file appears atomically. Stateless.
 */
public final class CsvSessionExporter {
  /** Longer holes are left empty instead of being bridged by interpolation. */
  static final long MAX_GAP_NS = 1_000_000_000L;

  /**
   * @param rateHz output rate, or 0 for every sample at its own time
   * @return rows written
   */
  public long export(SessionStore store, long sessionId, Path out, double rateHz) {
    if (rateHz < 0 || !Double.isFinite(rateHz)) {
      throw new ExportException("rate must be > 0 Hz (or absent for every sample): " + rateHz);
    }
    SessionSummary summary =
        store.session(sessionId).orElseThrow(() -> new ExportException("no session " + sessionId));
    List<SampleBlock> blocks = new ArrayList<>();
    for (ChannelSummary cs : store.channels(sessionId)) {
      blocks.add(store.read(sessionId, cs.channel(), Long.MIN_VALUE, Long.MAX_VALUE));
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    long rows;
    try (Writer w =
        new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
      w.write(AnnotationLines.csvComments(store, sessionId));
      writeHeader(w, summary, store.laps(sessionId), blocks);
      rows = rateHz == 0 ? CsvRows.native_(w, blocks) : CsvRows.resampled(w, blocks, rateHz);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // only a leftover .part file; the export failed with its own message
      }
      throw new ExportException("cannot write " + out + ": " + e.getMessage(), e);
    }
    ExportFiles.moveIntoPlace(tmp, out);
    return rows;
  }

  private static void writeHeader(
      Writer w, SessionSummary s, List<Lap> laps, List<SampleBlock> blocks) throws IOException {
    w.write("# PitWall session export (CSV); times in seconds since start\n");
    meta(w, ExchangeFormat.CAR, s.info().car());
    meta(w, ExchangeFormat.DRIVER, s.info().driver());
    meta(w, ExchangeFormat.TRACK, s.info().track());
    meta(w, ExchangeFormat.SOURCE, s.info().source());
    meta(w, ExchangeFormat.START, s.info().start().toString());
    for (Lap lap : laps) {
      meta(w, ExchangeFormat.LAP, LapText.format(lap));
    }
    for (SampleBlock b : blocks) {
      meta(w, ExchangeFormat.RATE, b.channel().key() + "," + b.channel().nominalRateHz());
    }
    StringBuilder h = new StringBuilder("time_s");
    for (SampleBlock b : blocks) {
      h.append(',').append(cell(b.channel().key() + "[" + b.channel().unit() + "]"));
    }
    w.write(h.append('\n').toString());
  }

  private static void meta(Writer w, String key, String value) throws IOException {
    w.write("# " + key + "=" + value.replace('\n', ' ').replace('\r', ' ') + "\n");
  }

  private static String cell(String s) {
    if (s.contains(",") || s.contains("\"")) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).toPlainString();
  }
}
