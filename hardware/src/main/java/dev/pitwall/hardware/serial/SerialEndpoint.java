package dev.pitwall.hardware.serial;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed serial source URI: {@code nmea:/dev/ttyUSB0?baud=115200} or {@code
 * serial:/dev/ttyUSB0?baud=115200&format=csv}. The path may be a symlink (udev names, socat links).
 */
public record SerialEndpoint(
    String uri, String scheme, String path, int baud, Map<String, String> params) {

  public static final int DEFAULT_BAUD = 115_200;

  /**
   * @throws IllegalArgumentException naming the URI and what is wrong with it
   */
  public static SerialEndpoint parse(String uri) {
    URI u;
    try {
      u = new URI(uri);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a URI: " + uri, e);
    }
    String path = u.getPath();
    if (u.getScheme() == null || path == null || path.isEmpty()) {
      throw new IllegalArgumentException("expected scheme:/dev/tty...?baud=..., got " + uri);
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (u.getQuery() != null) {
      for (String pair : u.getQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    int baud;
    try {
      baud = Integer.parseInt(params.getOrDefault("baud", String.valueOf(DEFAULT_BAUD)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(uri + ": baud is not a number", e);
    }
    if (baud <= 0) {
      throw new IllegalArgumentException(uri + ": baud must be positive");
    }
    return new SerialEndpoint(uri, u.getScheme(), path, baud, Map.copyOf(params));
  }

  public String param(String key, String fallback) {
    return params.getOrDefault(key, fallback);
  }
}
