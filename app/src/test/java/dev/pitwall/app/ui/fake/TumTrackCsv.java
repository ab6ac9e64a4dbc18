package dev.pitwall.app.ui.fake;

import dev.pitwall.core.track.TrackLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a TUM racetrack-database centreline ({@code x_m,y_m,w_tr_right_m,w_tr_left_m}, LGPL-3.0,
 * read from the shared data folder, never copied) into a {@link TrackLayout} with three equal
 * sectors. Test-only: the product's track catalogue is someone else's feature.
 */
public final class TumTrackCsv {
  private TumTrackCsv() {}

  public static TrackLayout read(Path csv, String displayName) throws IOException {
    List<String> rows =
        Files.readAllLines(csv).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    int n = rows.size();
    double[] x = new double[n];
    double[] y = new double[n];
    double[] right = new double[n];
    double[] left = new double[n];
    for (int i = 0; i < n; i++) {
      String[] f = rows.get(i).split(",");
      if (f.length < 4) {
        throw new IOException(csv + " line " + (i + 2) + ": expected 4 columns: " + rows.get(i));
      }
      x[i] = Double.parseDouble(f[0].trim());
      y[i] = Double.parseDouble(f[1].trim());
      right[i] = Double.parseDouble(f[2].trim());
      left[i] = Double.parseDouble(f[3].trim());
    }
    String name =
        csv.getFileName().toString().replace(".csv", "").toLowerCase(java.util.Locale.ROOT);
    TrackLayout draft = new TrackLayout(name, displayName, x, y, right, left, new double[] {1});
    double length = draft.lengthM();
    return new TrackLayout(
        name, displayName, x, y, right, left, new double[] {length / 3, 2 * length / 3, length});
  }
}
