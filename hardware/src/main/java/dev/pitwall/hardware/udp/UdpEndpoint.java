package dev.pitwall.hardware.udp;

import dev.pitwall.hardware.endpoint.EndpointUri;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;

/**
 * A parsed {@code udp://host:port?key=value} source URI, e.g. {@code
 * udp://0.0.0.0:20777?format=f1}.
 *
 * @param params query parameters in order; empty when there are none
 */
public record UdpEndpoint(String uri, InetSocketAddress bindAddress, Map<String, String> params) {

  /**
   * @throws IllegalArgumentException naming the URI and what is wrong with it
   */
  public static UdpEndpoint parse(String uri) {
    URI u = EndpointUri.parse(uri);
    if (!"udp".equals(u.getScheme()) || u.getHost() == null || u.getPort() < 0) {
      throw new IllegalArgumentException("expected udp://host:port[?format=...], got " + uri);
    }
    Map<String, String> params = EndpointUri.parameters(u);
    return new UdpEndpoint(
        uri, new InetSocketAddress(u.getHost(), u.getPort()), Map.copyOf(params));
  }

  public String param(String key, String fallback) {
    return params.getOrDefault(key, fallback);
  }
}
