package dev.pitwall.storage.archive;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the team archive lives: {@code s3://BUCKET/PREFIX?endpoint=URL&region=R}. Without an
 * endpoint it is AWS S3 itself; with one (MinIO, Ceph, S3Proxy) path-style addressing is used.
 * Holds no credentials: those come from the environment or the AWS profile at connect time.
 *
 * @param prefix key prefix without leading or trailing slash; may be empty
 */
public record ArchiveRemote(String bucket, String prefix, Optional<URI> endpoint, String region) {

  /**
   * @throws ArchiveException when the text is not an s3:// remote
   */
  public static ArchiveRemote parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (java.net.URISyntaxException e) {
      throw new ArchiveException(
          ArchiveException.Kind.CONFIG, "remote '" + text + "' is not a URI");
    }
    if (!"s3".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new ArchiveException(
          ArchiveException.Kind.CONFIG,
          "remote '" + text + "' is not s3://BUCKET/PREFIX?endpoint=URL");
    }
    Map<String, String> q = query(uri.getRawQuery());
    String path = uri.getPath() == null ? "" : uri.getPath();
    String prefix = path.replaceAll("^/+", "").replaceAll("/+$", "");
    Optional<URI> endpoint = Optional.ofNullable(q.get("endpoint")).map(URI::create);
    return new ArchiveRemote(
        uri.getHost(), prefix, endpoint, q.getOrDefault("region", "us-east-1"));
  }

  /** The object key of {@code name} under the prefix. */
  public String key(String name) {
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  @Override
  public String toString() {
    return "s3://" + bucket + "/" + prefix + endpoint.map(e -> " at " + e).orElse("");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
