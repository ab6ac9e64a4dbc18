package dev.pitwall.core.track;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks the shipped georeference against an independent outline: every mapped centreline point
 * must lie close to the bacinger/f1-circuits GeoJSON polyline of the same circuit.
 */
class GeoReferenceAgainstGeoJsonTest {
  private static final Pattern LON_LAT =
      Pattern.compile("\\[\\s*(-?\\d+\\.\\d+),\\s*(-?\\d+\\.\\d+)\\s*]");

  @ParameterizedTest
  @CsvSource({
    "cota, us-2012",
    "spa, be-1925",
    "monza, it-1922",
    "silverstone, gb-1948",
    "suzuka, jp-1962",
    "zandvoort, nl-1948"
  })
  void mappedCentrelineFollowsTheGeoJsonOutline(String key, String geoJsonId) throws IOException {
    Path file = dataDir().resolve("tracks/bacinger_f1-circuits/circuits/" + geoJsonId + ".geojson");
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared data absent: " + file);
    List<double[]> outline = lonLat(Files.readString(file));
    var catalog = TrackCatalog.builtIn();
    TrackLayout track = catalog.load(key);
    GeoReference geo = catalog.geoReference(key);
    double worstM = 0;
    for (int i = 0; i < track.pointCount(); i += 10) {
      double lat = geo.latitudeDeg(track.x(i), track.y(i));
      double lon = geo.longitudeDeg(track.x(i), track.y(i));
      worstM = Math.max(worstM, distanceToPolylineM(lat, lon, outline));
    }
    // the outlines are hand-drawn (~100-200 vertices); 25 m is far below a wrong fit (100s of m)
    assertTrue(worstM < 25, key + ": worst distance " + worstM + " m");
  }

  private static Path dataDir() {
    return Path.of(System.getProperty("pitwall.data", "../shared/data"));
  }

  private static List<double[]> lonLat(String json) {
    List<double[]> points = new ArrayList<>();
    Matcher m = LON_LAT.matcher(json.substring(json.indexOf("\"coordinates\"")));
    while (m.find()) {
      points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
    }
    return points;
  }

  private static double distanceToPolylineM(double lat, double lon, List<double[]> outline) {
    double mPerDegLat = 111_195.0;
    double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat));
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < outline.size(); i++) {
      double ax = (outline.get(i)[0] - lon) * mPerDegLon;
      double ay = (outline.get(i)[1] - lat) * mPerDegLat;
      double bx = (outline.get(i + 1)[0] - lon) * mPerDegLon;
      double by = (outline.get(i + 1)[1] - lat) * mPerDegLat;
      double dx = bx - ax;
      double dy = by - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  }
}
