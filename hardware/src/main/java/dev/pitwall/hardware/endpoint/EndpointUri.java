package dev.pitwall.hardware.endpoint;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parsing shared by the device endpoint URIs ({@code udp://host:port?format=f1}, {@code
 * nmea:/dev/ttyUSB0?baud=115200}): the URI itself and its {@code key=value} query parameters.
 */
public final class EndpointUri {
  private EndpointUri() {}

  /**
   * @throws IllegalArgumentException naming the text when it is not a URI
   */
  public static URI parse(String uri) {
    try {
      return new URI(uri);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a URI: " + uri, e);
    }
  }

  /** The query's {@code key=value} pairs in order, not decoded; pairs without a key are skipped. */
  public static Map<String, String> parameters(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          params.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
    }
    return params;
  }
}
