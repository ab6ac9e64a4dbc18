package dev.pitwall.core.track;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of {@code tracks/index.csv}.
 *
 * @param sectorEndsM interior sector ends (all but the last) in metres; empty = equal thirds
 */
record TrackEntry(
    String key, String file, String displayName, GeoReference geo, double[] sectorEndsM) {

  static Map<String, TrackEntry> parseIndex(List<String> lines, String source) throws IOException {
    Map<String, TrackEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      TrackEntry entry = parseLine(line, source + " line " + (i + 1));
      entries.put(entry.key(), entry);
    }
    if (entries.isEmpty()) {
      throw new IOException(source + ": no tracks listed");
    }
    return entries;
  }

  private static TrackEntry parseLine(String line, String where) throws IOException {
    String[] f = line.split(",", -1);
    if (f.length != 7) {
      throw new IOException(where + ": expected 7 fields, found " + f.length);
    }
    try {
      var geo =
          new GeoReference(
              Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
      return new TrackEntry(
          f[0].strip().toLowerCase(Locale.ROOT), f[1].strip(), f[2].strip(), geo, sectors(f[6]));
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": " + e.getMessage(), e);
    }
  }

  private static double[] sectors(String field) {
    if (field.isBlank()) {
      return new double[0];
    }
    String[] parts = field.split(";");
    double[] ends = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      ends[i] = Double.parseDouble(parts[i].strip());
    }
    return ends;
  }

  /**
   * All sector ends for a lap of {@code lengthM}: the interior ends (or thirds) plus the length.
   */
  double[] sectorEndsFor(double lengthM) {
    if (sectorEndsM.length == 0) {
      return new double[] {lengthM / 3, 2 * lengthM / 3, lengthM};
    }
    double[] ends = new double[sectorEndsM.length + 1];
    System.arraycopy(sectorEndsM, 0, ends, 0, sectorEndsM.length);
    ends[sectorEndsM.length] = lengthM;
    return ends;
  }
}
