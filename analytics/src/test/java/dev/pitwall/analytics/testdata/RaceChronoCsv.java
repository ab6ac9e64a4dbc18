package dev.pitwall.analytics.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test-only reader of RaceChrono Pro "CSV v3" exports: a preamble of key,value lines ending in an
 * empty line, then three header rows (channel names, units, source such as {@code 100: gps} /
 * {@code 200: obd} / {@code calc}), then one row per sample. Names repeat across sources (three
 * {@code speed} columns), so a column is picked by name and source. Empty cells become NaN. Full
 * session import belongs to the storage importer; this only feeds the analytics tests.
 */
public final class RaceChronoCsv {
  private final List<String> names;
  private final List<String> sources;
  private final List<double[]> columns;
  private final int rows;

  private RaceChronoCsv(
      List<String> names, List<String> sources, List<double[]> columns, int rows) {
    this.names = names;
    this.sources = sources;
    this.columns = columns;
    this.rows = rows;
  }

  public static RaceChronoCsv read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int header = 0;
    while (!lines.get(header).startsWith("timestamp,")) {
      header++;
    }
    List<String> names = Arrays.asList(lines.get(header).split(",", -1));
    List<String> sources = Arrays.asList(lines.get(header + 2).split(",", -1));
    int n = lines.size() - header - 3;
    List<double[]> columns = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      columns.add(new double[n]);
    }
    for (int r = 0; r < n; r++) {
      String[] cells = lines.get(header + 3 + r).split(",", -1);
      for (int c = 0; c < names.size(); c++) {
        columns.get(c)[r] =
            c < cells.length && !cells[c].isEmpty() ? Double.parseDouble(cells[c]) : Double.NaN;
      }
    }
    return new RaceChronoCsv(names, sources, columns, n);
  }

  public int rows() {
    return rows;
  }

  /** The column with this name whose source row starts with {@code sourcePrefix} ("" = any). */
  public double[] column(String name, String sourcePrefix) {
    for (int c = 0; c < names.size(); c++) {
      if (names.get(c).equals(name) && sources.get(c).startsWith(sourcePrefix)) {
        return columns.get(c).clone();
      }
    }
    throw new IllegalArgumentException("no column " + name + " from " + sourcePrefix);
  }

  /** {@code elapsed_time} (s since the session start) as nanoseconds. */
  public long[] elapsedNanos() {
    double[] s = column("elapsed_time", "");
    long[] out = new long[s.length];
    for (int i = 0; i < s.length; i++) {
      out[i] = Math.round(s[i] * 1e9);
    }
    return out;
  }
}
