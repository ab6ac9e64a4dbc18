package dev.pitwall.core.track;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Point 0 of a shipped centreline must be the start/finish line: the corners of the F1-game segment
 * map (lap distances from the line) must line up with the centreline's curvature when lap distance
 * 0 is point 0, not at some other offset.
 */
class StartLineAgainstF1SegmentsTest {
  private static final Pattern SEGMENT =
      Pattern.compile(
          "\"type\":\\s*\"(\\w+)\",\\s*\"start_m\":\\s*(\\d+),\\s*\"end_m\":\\s*(\\d+)");
  private static final Pattern LENGTH = Pattern.compile("\"track_length\":\\s*(\\d+)");
  private static final double GRID_M = 5;

  @ParameterizedTest
  @CsvSource({"monza, Monza.json", "zandvoort, Zandvoort.json"})
  void curvatureLinesUpWithTheGameCornersAtZeroOffset(String key, String file) throws IOException {
    Path path =
        Path.of(System.getProperty("pitwall.data", "../shared/data"))
            .resolve("tracks/pits-n-giggles_track-segments/" + file);
    Assumptions.assumeTrue(Files.isRegularFile(path), "shared data absent: " + path);
    String json = Files.readString(path);
    TrackLayout track = TrackCatalog.builtIn().load(key);
    double[] curvature = curvatureOnGrid(track);
    double[] corners = cornerIndicator(json, track.lengthM(), curvature.length);
    int best = 0;
    double bestScore = -1;
    for (int shift = 0; shift < curvature.length; shift++) {
      double score = 0;
      for (int i = 0; i < curvature.length; i++) {
        score += corners[i] * curvature[(i + shift) % curvature.length];
      }
      if (score > bestScore) {
        bestScore = score;
        best = shift;
      }
    }
    double offsetM = Math.min(best, curvature.length - best) * GRID_M;
    assertTrue(offsetM <= 60, key + ": start line found " + offsetM + " m away from point 0");
  }

  private static double[] cornerIndicator(String json, double lengthM, int n) {
    Matcher len = LENGTH.matcher(json);
    assertTrue(len.find(), "no track_length");
    double scale = lengthM / Double.parseDouble(len.group(1));
    double[] out = new double[n];
    Matcher m = SEGMENT.matcher(json);
    while (m.find()) {
      if (m.group(1).equals("straight")) {
        continue;
      }
      double from = Double.parseDouble(m.group(2)) * scale;
      double to = Double.parseDouble(m.group(3)) * scale;
      for (int i = 0; i < n; i++) {
        if (i * GRID_M >= from && i * GRID_M < to) {
          out[i] = 1;
        }
      }
    }
    return out;
  }

  /** |curvature| (1/m) of the centreline sampled every {@link #GRID_M} of distance. */
  private static double[] curvatureOnGrid(TrackLayout t) {
    int m = t.pointCount();
    double[] s = new double[m + 1];
    double[] k = new double[m];
    for (int i = 0; i < m; i++) {
      int j = (i + 1) % m;
      s[i + 1] = s[i] + Math.hypot(t.x(j) - t.x(i), t.y(j) - t.y(i));
    }
    for (int i = 0; i < m; i++) {
      int a = (i - 2 + m) % m;
      int c = (i + 2) % m;
      double h1 = Math.atan2(t.y(i) - t.y(a), t.x(i) - t.x(a));
      double h2 = Math.atan2(t.y(c) - t.y(i), t.x(c) - t.x(i));
      double dh = Math.atan2(Math.sin(h2 - h1), Math.cos(h2 - h1));
      double ds =
          Math.hypot(t.x(i) - t.x(a), t.y(i) - t.y(a))
              + Math.hypot(t.x(c) - t.x(i), t.y(c) - t.y(i));
      k[i] = Math.abs(2 * dh / ds);
    }
    int n = (int) (s[m] / GRID_M);
    double[] out = new double[n];
    int seg = 0;
    for (int g = 0; g < n; g++) {
      while (seg < m - 1 && s[seg + 1] < g * GRID_M) {
        seg++;
      }
      out[g] = k[seg];
    }
    return out;
  }
}
