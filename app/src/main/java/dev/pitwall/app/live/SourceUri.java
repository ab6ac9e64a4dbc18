package dev.pitwall.app.live;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A source URI split into scheme, path and query parameters, so the factory can merge command-line
 * options ({@code --dbc}, {@code --speed}) into it and check files before a source is built. Paths
 * stay verbatim; parameter values are kept percent-encoded only where a reader would misparse them.
 *
 * @param scheme lower case, e.g. {@code candump}, {@code udp}
 * @param path everything between the scheme's colon and {@code ?}, e.g. {@code //0.0.0.0:20777}
 */
record SourceUri(String scheme, String path, Map<String, String> params) {

  static SourceUri parse(String uri) {
    int colon = uri.indexOf(':');
    String scheme = (colon < 0 ? uri : uri.substring(0, colon)).toLowerCase(Locale.ROOT);
    String rest = colon < 0 ? "" : uri.substring(colon + 1);
    int question = rest.indexOf('?');
    String path = question < 0 ? rest : rest.substring(0, question);
    Map<String, String> params = new LinkedHashMap<>();
    if (question >= 0) {
      for (String pair : rest.substring(question + 1).split("&")) {
        if (!pair.isEmpty()) {
          int eq = pair.indexOf('=');
          String key = eq < 0 ? pair : pair.substring(0, eq);
          String value = eq < 0 ? "" : pair.substring(eq + 1);
          params.put(key, URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
      }
    }
    return new SourceUri(scheme, path, params);
  }

  String param(String key) {
    String v = params.get(key);
    return v == null || v.isBlank() ? null : v;
  }

  SourceUri with(String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(params);
    copy.put(key, value);
    return new SourceUri(scheme, path, copy);
  }

  /** The file-system path of a {@code scheme:PATH} URI whose path may start with {@code //}. */
  String filePath() {
    return path;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(scheme).append(':').append(path);
    char sep = '?';
    for (Map.Entry<String, String> e : params.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(encode(e.getValue()));
      sep = '&';
    }
    return b.toString();
  }

  /** Encodes only what would break the query: '%', '&', '+', '#', '=' and spaces. */
  private static String encode(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '%' -> b.append("%25");
        case '&' -> b.append("%26");
        case '+' -> b.append("%2B");
        case '#' -> b.append("%23");
        case '=' -> b.append("%3D");
        case ' ' -> b.append("%20");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
