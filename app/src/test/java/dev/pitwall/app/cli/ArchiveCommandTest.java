package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.DesktopServices;
import dev.pitwall.app.live.LocalS3;
import dev.pitwall.core.session.SessionStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pitwall archive} end to end: real Tianma import, real S3Proxy on loopback, credentials
 * from the AWS default chain (here its system-property source; users set AWS_* variables).
 */
class ArchiveCommandTest {
  static final String SECRET = "cli-test-secret-never-printed";
  @TempDir Path dir;
  LocalS3 s3;

  @BeforeEach
  void start() throws Exception {
    s3 = LocalS3.start(0, "cli-access", SECRET);
    LocalS3.useCredentials("cli-access", SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    LocalS3.clearCredentials();
    s3.close();
  }

  @Test
  void offlinePushQueuesThenPushListAndPullRestoreTheSession() throws Exception {
    Path db = dir.resolve("pw");
    assertEquals(0, CliRun.importData(db, ImportCommandTest.TIANMA_LAP9).code());
    int closed;
    try (ServerSocket s = new ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    String offline = "s3://team/2025?endpoint=http://127.0.0.1:" + closed;
    CliRun r = CliRun.of("archive", "push", "--remote", offline, "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("unreachable"), r.err());
    assertTrue(r.out().contains("1 session(s) queued"), r.out());

    String online = "s3://team/2025?endpoint=http://127.0.0.1:" + s3.port();
    CliRun missing = CliRun.of("archive", "list", "--remote", online);
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("bucket 'team' does not exist"), missing.err());
    s3.createBucket("team");
    // the queue is per remote: same bucket/prefix at another endpoint is another archive
    r = CliRun.of("archive", "push", "1", "--remote", online, "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("pushed 20251231T031317Z-"), r.out());
    CliRun list = CliRun.of("archive", "list", "--remote", online);
    assertEquals(0, list.code(), list.err());
    assertTrue(list.out().contains("Tianma") && list.out().contains("88550"), list.out());
    String key = list.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
    CliRun pull = CliRun.of("archive", "pull", key, "--remote", online, "--db", db.toString());
    assertEquals(0, pull.code(), pull.err());
    assertTrue(pull.out().contains("as session 2: 88550 samples, 1 laps"), pull.out());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      ExportRoundTripTest.assertSameSession(store, 1, 2);
    }
    for (CliRun any : new CliRun[] {r, list, pull, missing}) {
      assertFalse((any.out() + any.err()).contains(SECRET));
    }
  }
}
