package dev.pitwall.storage.export;

import dev.pitwall.core.telemetry.SampleBlock;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The data rows of a CSV export; see {@link CsvSessionExporter} for the two modes. */
final class CsvRows {
  private CsvRows() {}

  /** Union of all times; a channel with two samples at one time gets a second row. */
  static long native_(Writer w, List<SampleBlock> blocks) throws IOException {
    int[] next = new int[blocks.size()];
    long rows = 0;
    StringBuilder line = new StringBuilder(256);
    while (true) {
      long t = Long.MAX_VALUE;
      for (int c = 0; c < blocks.size(); c++) {
        if (next[c] < blocks.get(c).size()) {
          t = Math.min(t, blocks.get(c).timeNanos(next[c]));
        }
      }
      if (t == Long.MAX_VALUE) {
        return rows;
      }
      line.setLength(0);
      line.append(CsvSessionExporter.seconds(t));
      for (int c = 0; c < blocks.size(); c++) {
        SampleBlock b = blocks.get(c);
        line.append(',');
        if (next[c] < b.size() && b.timeNanos(next[c]) == t) {
          line.append(b.value(next[c]++));
        }
      }
      w.write(line.append('\n').toString());
      rows++;
    }
  }

  static long resampled(Writer w, List<SampleBlock> blocks, double rateHz) throws IOException {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (SampleBlock b : blocks) {
      if (!b.isEmpty()) {
        first = Math.min(first, b.firstTimeNanos());
        last = Math.max(last, b.lastTimeNanos());
      }
    }
    int[] cursor = new int[blocks.size()];
    long rows = 0;
    StringBuilder line = new StringBuilder(256);
    for (long k = 0; first <= last; k++) {
      long t = first + Math.round(k * 1e9 / rateHz);
      if (t > last) {
        break;
      }
      line.setLength(0);
      line.append(CsvSessionExporter.seconds(t));
      for (int c = 0; c < blocks.size(); c++) {
        line.append(',');
        double v = valueAt(blocks.get(c), cursor, c, t);
        if (!Double.isNaN(v)) {
          line.append(v);
        }
      }
      w.write(line.append('\n').toString());
      rows++;
    }
    return rows;
  }

  /** Interpolated value at t (NaN for none); cursor[c] only moves forward (t increases). */
  private static double valueAt(SampleBlock b, int[] cursor, int c, long t) {
    int i = cursor[c];
    while (i + 1 < b.size() && b.timeNanos(i + 1) <= t) {
      i++;
    }
    cursor[c] = i;
    if (b.isEmpty() || b.timeNanos(i) > t) {
      return Double.NaN;
    }
    long t0 = b.timeNanos(i);
    if (t0 == t || i + 1 >= b.size()) {
      return t - t0 <= CsvSessionExporter.MAX_GAP_NS ? b.value(i) : Double.NaN;
    }
    long t1 = b.timeNanos(i + 1);
    if (t1 - t0 > CsvSessionExporter.MAX_GAP_NS) {
      return Double.NaN;
    }
    if (b.channel().unit().equals("-")) {
      return b.value(i);
    }
    double f = (double) (t - t0) / (t1 - t0);
    return b.value(i) + f * (b.value(i + 1) - b.value(i));
  }
}
