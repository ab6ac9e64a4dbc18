package dev.pitwall.core.track;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in circuits shipped as classpath resources under {@code tracks/} (TUM racetrack
 * database centrelines, LGPL-3.0; see {@code src-resources/tracks/PROVENANCE.md}).
 *
 * <p>Jars cannot be listed, so the catalogue reads {@code tracks/index.csv}: key, file, display
 * name, georeference and sector ends. Point 0 of every centreline is taken as the start/finish line
 * (checked against F1-game lap distances for all six circuits: within 13-40 m, see PROVENANCE.md).
 * Sector ends are the F1 timing sectors where known, else equal thirds (Silverstone).
 *
 * <p>Thread contract: immutable after construction; safe to share.
 */
public final class TrackCatalog {
  private static final String ROOT = "tracks/";

  private final Map<String, TrackEntry> entries;

  private TrackCatalog(Map<String, TrackEntry> entries) {
    this.entries = entries;
  }

  /** The catalogue of the tracks shipped on the classpath. */
  public static TrackCatalog builtIn() {
    try (InputStream in = open(ROOT + "index.csv")) {
      return new TrackCatalog(TrackEntry.parseIndex(lines(in), ROOT + "index.csv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ROOT + "index.csv", e);
    }
  }

  /** Catalogue keys in index order, e.g. {@code cota}. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** Display name of a track, e.g. {@code Circuit of the Americas}. */
  public String displayName(String key) {
    return entry(key).displayName();
  }

  /** Where the track's local frame lies on the globe. */
  public GeoReference geoReference(String key) {
    return entry(key).geo();
  }

  /**
   * Loads a track by key (case-insensitive).
   *
   * @throws IllegalArgumentException for an unknown key; the message lists the known tracks
   * @throws UncheckedIOException if the shipped resource is missing or malformed
   */
  public TrackLayout load(String key) {
    TrackEntry entry = entry(key);
    String resource = ROOT + entry.file();
    try (InputStream in = open(resource)) {
      return CenterlineCsv.parse(resource, lines(in), entry);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private TrackEntry entry(String key) {
    TrackEntry entry = key == null ? null : entries.get(key.trim().toLowerCase(Locale.ROOT));
    if (entry == null) {
      throw new IllegalArgumentException(
          "unknown track '" + key + "'; known tracks: " + String.join(", ", entries.keySet()));
    }
    return entry;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = TrackCatalog.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource " + resource + " not found on the classpath");
    }
    return in;
  }

  private static List<String> lines(InputStream in) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lines.add(line);
    }
    return lines;
  }
}
