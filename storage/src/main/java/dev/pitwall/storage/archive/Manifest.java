package dev.pitwall.storage.archive;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON manifest beside each archived session ({@code sessions/KEY/manifest.json}): what the
 * session is, and the Parquet object's size and SHA-256 so a pull can verify what it downloaded.
 * {@code annotations} counts the engineers' annotations and gaps (they travel in the Parquet
 * footer, see {@code AnnotationText}). Written last: a session is in the archive exactly when its
 * manifest is. Flat JSON object, so any tool reads it.
 */
public record Manifest(
    String sessionKey,
    String car,
    String driver,
    String track,
    String source,
    String start,
    long samples,
    int channels,
    int laps,
    int annotations,
    String dataKey,
    long dataBytes,
    String dataSha256) {

  static final String FORMAT = "pitwall-session/1";

  String toJson() {
    StringBuilder b = new StringBuilder("{\n");
    field(b, "format", FORMAT);
    field(b, "sessionKey", sessionKey);
    field(b, "car", car);
    field(b, "driver", driver);
    field(b, "track", track);
    field(b, "source", source);
    field(b, "start", start);
    b.append(String.format(Locale.ROOT, "  \"samples\": %d,%n", samples));
    b.append(String.format(Locale.ROOT, "  \"channels\": %d,%n", channels));
    b.append(String.format(Locale.ROOT, "  \"laps\": %d,%n", laps));
    b.append(String.format(Locale.ROOT, "  \"annotations\": %d,%n", annotations));
    field(b, "dataFormat", "parquet");
    field(b, "dataKey", dataKey);
    b.append(String.format(Locale.ROOT, "  \"dataBytes\": %d,%n", dataBytes));
    b.append("  \"dataSha256\": ").append(quote(dataSha256)).append("\n}\n");
    return b.toString();
  }

  /**
   * @throws IllegalArgumentException when the text is not such a manifest
   */
  static Manifest fromJson(String json) {
    Map<String, String> f = flatFields(json);
    if (!FORMAT.equals(f.get("format"))) {
      throw new IllegalArgumentException("not a " + FORMAT + " manifest");
    }
    return new Manifest(
        f.get("sessionKey"),
        f.getOrDefault("car", ""),
        f.getOrDefault("driver", ""),
        f.getOrDefault("track", ""),
        f.getOrDefault("source", ""),
        f.getOrDefault("start", ""),
        Long.parseLong(f.getOrDefault("samples", "0")),
        Integer.parseInt(f.getOrDefault("channels", "0")),
        Integer.parseInt(f.getOrDefault("laps", "0")),
        Integer.parseInt(f.getOrDefault("annotations", "0")),
        f.get("dataKey"),
        Long.parseLong(f.getOrDefault("dataBytes", "-1")),
        f.get("dataSha256"));
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  \"").append(name).append("\": ").append(quote(value)).append(",\n");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Top-level "name": "string" | number pairs of a flat JSON object. */
  private static Map<String, String> flatFields(String json) {
    Map<String, String> out = new HashMap<>();
    int[] pos = {json.indexOf('{') + 1};
    if (pos[0] == 0) {
      throw new IllegalArgumentException("no JSON object");
    }
    while (true) {
      skipWs(json, pos);
      if (pos[0] >= json.length() || json.charAt(pos[0]) == '}') {
        return out;
      }
      String name = string(json, pos);
      skipWs(json, pos);
      expect(json, pos, ':');
      skipWs(json, pos);
      String value;
      if (json.charAt(pos[0]) == '"') {
        value = string(json, pos);
      } else {
        int start = pos[0];
        while (pos[0] < json.length() && ",}\n\r \t".indexOf(json.charAt(pos[0])) < 0) {
          pos[0]++;
        }
        value = json.substring(start, pos[0]);
      }
      out.put(name, value);
      skipWs(json, pos);
      if (pos[0] < json.length() && json.charAt(pos[0]) == ',') {
        pos[0]++;
      }
    }
  }

  private static String string(String s, int[] pos) {
    expect(s, pos, '"');
    StringBuilder b = new StringBuilder();
    while (pos[0] < s.length()) {
      char c = s.charAt(pos[0]++);
      if (c == '"') {
        return b.toString();
      }
      if (c == '\\') {
        char e = s.charAt(pos[0]++);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case 'u' -> {
            b.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
            pos[0] += 4;
          }
          default -> b.append(e);
        }
      } else {
        b.append(c);
      }
    }
    throw new IllegalArgumentException("unterminated string");
  }

  private static void expect(String s, int[] pos, char c) {
    if (pos[0] >= s.length() || s.charAt(pos[0]) != c) {
      throw new IllegalArgumentException("expected '" + c + "' at " + pos[0]);
    }
    pos[0]++;
  }

  private static void skipWs(String s, int[] pos) {
    while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
      pos[0]++;
    }
  }
}
