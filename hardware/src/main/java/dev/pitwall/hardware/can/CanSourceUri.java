package dev.pitwall.hardware.can;

import dev.pitwall.hardware.can.dbc.DbcParseException;
import dev.pitwall.hardware.can.dbc.DbcParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A source URI of the form {@code scheme:path?key=value&key=value}, e.g. {@code
 * candump:/logs/a.log?dbc=/dbc/rav4.dbc&speed=10}. Paths are taken verbatim (no percent-decoding of
 * the path, so Windows and Unix paths both work); parameter values are percent-decoded.
 */
public record CanSourceUri(String scheme, String path, Map<String, String> parameters) {

  /**
   * Parses a URI that must have {@code scheme}, e.g. {@code candump}.
   *
   * @throws IllegalArgumentException when it has another scheme or no path
   */
  public static CanSourceUri parse(String uri, String scheme) {
    CanSourceUri parsed = parse(uri);
    if (!parsed.scheme().equals(scheme)) {
      throw new IllegalArgumentException("not a '" + scheme + ":' URI: " + uri);
    }
    return parsed;
  }

  public static CanSourceUri parse(String uri) {
    int colon = uri.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("source URI needs a scheme, e.g. candump:FILE: " + uri);
    }
    String rest = uri.substring(colon + 1);
    int question = rest.indexOf('?');
    String path = question < 0 ? rest : rest.substring(0, question);
    Map<String, String> params = new LinkedHashMap<>();
    if (question >= 0) {
      for (String pair : rest.substring(question + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        params.put(key, URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    }
    if (path.isEmpty()) {
      throw new IllegalArgumentException("source URI has no path: " + uri);
    }
    return new CanSourceUri(uri.substring(0, colon), path, Map.copyOf(params));
  }

  public String require(String key) {
    String value = parameters.get(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(scheme + " source needs '" + key + "=' in its URI");
    }
    return value;
  }

  public String get(String key, String fallback) {
    return parameters.getOrDefault(key, fallback);
  }

  /**
   * The decoder of the DBC file named by {@code dbc=}, read now so a bad DBC fails before the
   * source starts, with the {@code checksum=} scheme.
   */
  public CanDecoder decoder() throws IOException, DbcParseException {
    Path dbcPath = Path.of(require("dbc"));
    return new CanDecoder(DbcParser.parse(dbcPath), checksumScheme(dbcPath));
  }

  /** {@code checksum=toyota|none}; by default chosen from the DBC file name. */
  public ChecksumScheme checksumScheme(Path dbcPath) {
    String value = get("checksum", "");
    return value.isEmpty()
        ? ChecksumScheme.forDbcName(dbcPath.getFileName().toString())
        : ChecksumScheme.valueOf(value.toUpperCase(Locale.ROOT));
  }
}
