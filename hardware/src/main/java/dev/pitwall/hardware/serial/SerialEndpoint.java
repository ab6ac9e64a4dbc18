package dev.pitwall.hardware.serial;

import dev.pitwall.hardware.endpoint.EndpointUri;
import java.net.URI;
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
    URI u = EndpointUri.parse(uri);
    String path = u.getPath();
    if (u.getScheme() == null || path == null || path.isEmpty()) {
      throw new IllegalArgumentException("expected scheme:/dev/tty...?baud=..., got " + uri);
    }
    Map<String, String> params = EndpointUri.parameters(u);
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
