package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.LocalS3;
import java.net.ServerSocket;
import java.nio.file.Path;
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
  LocalS3 s3;

  @BeforeEach
  void credentials() {
    LocalS3.useCredentials("auto-access", SECRET);
  }

  /** The archive comes online on {@code port} (the paddock Wi-Fi is back). */
  void startArchive(int port) throws Exception {
    s3 = LocalS3.start(port, "auto-access", SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    LocalS3.clearCredentials();
    if (s3 != null) {
      s3.close();
    }
  }

  private static CliRun record(Path db, String remote) {
    return CliRun.recordSim(db, "cota", "20s", "--archive", remote);
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
    s3.createBucket("team");
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
}
