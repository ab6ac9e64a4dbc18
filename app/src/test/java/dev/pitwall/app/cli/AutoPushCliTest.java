package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitwall record --archive URL}: the recorded session goes to the archive right after the
 * recording; offline it stays queued (the recording still succeeds) and goes with the next push.
 * Real S3Proxy on loopback.
 */
class AutoPushCliTest {
  static final String SECRET = "auto-push-secret-never-printed";
  @TempDir Path dir;
  S3Proxy proxy;

  @BeforeEach
  void credentials() {
    System.setProperty("aws.accessKeyId", "auto-access");
    System.setProperty("aws.secretAccessKey", SECRET);
  }

  /** The archive comes online on {@code port} (the paddock Wi-Fi is back). */
  void startArchive(int port) throws Exception {
    proxy =
        S3Proxy.builder()
            .blobStore(new TransientNio2BlobStore())
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "auto-access", SECRET)
            .build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(5);
    }
  }

  @AfterEach
  void stop() throws Exception {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    if (proxy != null) {
      proxy.stop();
    }
  }

  private static CliRun record(Path db, String remote) {
    return CliRun.of(
        "record",
        "--source",
        "sim",
        "--track",
        "cota",
        "--duration",
        "20s",
        "--speed",
        "max",
        "--archive",
        remote,
        "--db",
        db.toString());
  }

  @Test
  void offlineRecordingIsQueuedAndGoesWithTheNextRecordingOnceTheArchiveIsReachable()
      throws Exception {
    Path db = dir.resolve("pw");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String remote = "s3://team/cota?endpoint=http://127.0.0.1:" + port;
    CliRun first = record(db, remote);
    assertEquals(0, first.code(), "the recording itself succeeded: " + first.err());
    assertTrue(first.err().contains("unreachable"), first.err());
    assertTrue(first.out().contains("queued for the next archive push: [1]"), first.out());

    startArchive(port);
    createBucket("team");
    CliRun second = record(db, remote);
    assertEquals(0, second.code(), second.err());
    assertEquals(
        2, second.out().lines().filter(l -> l.startsWith("archived ")).count(), second.out());
    assertFalse(second.out().contains("queued"), second.out());
    CliRun list = CliRun.of("archive", "list", "--remote", remote);
    assertEquals(0, list.code(), list.err());
    assertEquals(3, list.out().lines().count(), "header + 2 sessions: " + list.out());
    for (CliRun any : new CliRun[] {first, second, list}) {
      assertFalse((any.out() + any.err()).contains(SECRET));
    }
  }

  private void createBucket(String bucket) {
    try (var s3 =
        software.amazon.awssdk.services.s3.S3Client.builder()
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .endpointOverride(URI.create("http://127.0.0.1:" + proxy.getPort()))
            .forcePathStyle(true)
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
            .build()) {
      s3.createBucket(b -> b.bucket(bucket));
    }
  }
}
