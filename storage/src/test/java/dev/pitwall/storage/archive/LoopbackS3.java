package dev.pitwall.storage.archive;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** A real S3-compatible server (S3Proxy, in-memory blob store) on a free loopback port. */
final class LoopbackS3 implements AutoCloseable {
  static final String ACCESS_KEY = "pitwall-test-access";
  static final String SECRET_KEY = "pitwall-test-secret-do-not-log";

  private final S3Proxy proxy;

  LoopbackS3() throws Exception {
    proxy =
        S3Proxy.builder()
            .blobStore(new TransientNio2BlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  ArchiveRemote remote(String bucket, String prefix) {
    return ArchiveRemote.parse("s3://" + bucket + "/" + prefix + "?endpoint=" + endpoint());
  }

  static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
