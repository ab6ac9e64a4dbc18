package dev.pitwall.hardware.can;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A source URI of the form {@code scheme:path?key=value&key=value}, e.g. {@code
 * candump:/logs/a.log?dbc=/dbc/rav4.dbc&speed=10}. Paths are taken verbatim (no percent-decoding of
 * the path, so Windows and Unix paths both work); parameter values are percent-decoded.
 */
public record CanSourceUri(String scheme, String path, Map<String, String> parameters) {

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
}
