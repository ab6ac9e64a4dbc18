package dev.pitwall.core.track;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Parser of the TUM centreline format {@code x_m,y_m,w_tr_right_m,w_tr_left_m}, '#' comments. */
final class CenterlineCsv {
  private CenterlineCsv() {}

  static TrackLayout parse(String resource, List<String> lines, TrackEntry entry)
      throws IOException {
    int n = 0;
    double[][] cols = new double[4][lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 4) {
        throw new IOException(
            resource + " line " + (i + 1) + ": expected 4 columns, found " + f.length);
      }
      for (int c = 0; c < 4; c++) {
        cols[c][n] = parseFinite(f[c], resource, i + 1);
      }
      n++;
    }
    TrackLayout raw =
        new TrackLayout(
            entry.key(),
            entry.displayName(),
            Arrays.copyOf(cols[0], n),
            Arrays.copyOf(cols[1], n),
            Arrays.copyOf(cols[2], n),
            Arrays.copyOf(cols[3], n),
            new double[] {1});
    double[] sectors = entry.sectorEndsFor(raw.lengthM());
    return new TrackLayout(
        entry.key(),
        entry.displayName(),
        raw.xM(),
        raw.yM(),
        raw.widthRightM(),
        raw.widthLeftM(),
        sectors);
  }

  private static double parseFinite(String text, String resource, int lineNo) throws IOException {
    try {
      double v = Double.parseDouble(text.strip());
      if (!Double.isFinite(v)) {
        throw new NumberFormatException("not finite");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IOException(
          resource + " line " + lineNo + ": bad number '" + text.strip() + "'", e);
    }
  }
}
