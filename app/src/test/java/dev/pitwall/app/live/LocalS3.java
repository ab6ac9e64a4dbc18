package dev.pitwall.app.live;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 server (S3Proxy, blobs in memory) on loopback for the team archive tests. The archive
 * code finds its credentials through the AWS default chain; the tests set its system-property
 * source ({@link #useCredentials}) where users set AWS_* variables.
 */
public final class LocalS3 implements AutoCloseable {
  private final S3Proxy proxy;

  private LocalS3(S3Proxy proxy) {
    this.proxy = proxy;
  }

  /**
   * Starts a server on 127.0.0.1:{@code port} (0: any free port) that accepts {@code accessKey} and
   * {@code secret}, and waits up to 30 s until it serves (it starts in well under a second).
   */
  public static LocalS3 start(int port, String accessKey, String secret) throws Exception {
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(new TransientNio2BlobStore())
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secret)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        proxy.stop();
        throw new IllegalStateException("S3Proxy not started in 30 s: " + proxy.getState());
      }
      Thread.sleep(5);
    }
    return new LocalS3(proxy);
  }

  /** The port the server listens on. */
  public int port() {
    return proxy.getPort();
  }

  /** Creates {@code bucket} as an administrator would, outside the code under test. */
  public void createBucket(String bucket) {
    try (S3Client s3 =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(URI.create("http://127.0.0.1:" + port()))
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      s3.createBucket(b -> b.bucket(bucket));
    }
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }

  /** Sets the AWS default chain's system-property credentials for the code under test. */
  public static void useCredentials(String accessKey, String secret) {
    System.setProperty("aws.accessKeyId", accessKey);
    System.setProperty("aws.secretAccessKey", secret);
  }

  /** Clears what {@link #useCredentials} set, so that no other test sees them. */
  public static void clearCredentials() {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }
}
