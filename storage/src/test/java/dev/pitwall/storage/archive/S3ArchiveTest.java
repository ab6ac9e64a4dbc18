package dev.pitwall.storage.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The team archive against a real S3-compatible server on loopback (S3Proxy), not a mock. */
class S3ArchiveTest {
  /** S3 (and S3Proxy) reject parts under 5 MiB except the last. */
  static final long PART_BYTES = 5L << 20;

  static LoopbackS3 server;
  static SessionStore store;
  static long sessionId;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    server = new LoopbackS3();
    store = H2SessionStore.inMemory();
    sessionId = record(store);
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    server.close();
  }

  /** 4 channels × 100 Hz × 75 min of noise (incompressible): a ~14 MB Parquet file, 3 parts. */
  static long record(SessionStore s) {
    SplittableRandom rnd = new SplittableRandom(4);
    try (SessionRecording rec =
        s.startSession(
            new SessionInfo(
                "GR86-002",
                "Driver A",
                "barber",
                "test:archive",
                Instant.parse("2025-09-06T18:40:00Z")))) {
      for (String name : List.of("speed", "rpm", "throttle", "brakePressureFront")) {
        int n = 450_000;
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
          t[i] = i * 10_000_000L;
          v[i] = rnd.nextDouble() * 100;
        }
        rec.append(new SampleBlock(new Channel(name, "-", 100), t, v, n));
      }
      rec.addLap(new Lap(0, 1, 1_000_000_000L, 58_000_000_000L, List.of(), true));
      return rec.sessionId();
    }
  }

  S3Archive archive(String bucket, String prefix) {
    return S3Archive.connect(server.remote(bucket, prefix), LoopbackS3.credentials(), PART_BYTES);
  }

  static void createBucket(String bucket) {
    serverFor(server).accept(bucket);
  }

  static java.util.function.Consumer<String> serverFor(LoopbackS3 srv) {
    return bucket -> createBucket(srv, bucket);
  }

  static void createBucket(LoopbackS3 srv, String bucket) {
    try (var s3 =
        software.amazon.awssdk.services.s3.S3Client.builder()
            .region(software.amazon.awssdk.regions.Region.US_EAST_1)
            .endpointOverride(srv.endpoint())
            .forcePathStyle(true)
            .credentialsProvider(LoopbackS3.credentials())
            .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create())
            .build()) {
      s3.createBucket(b -> b.bucket(bucket));
    }
  }

  @Test
  void pushListPullRoundTripsAndASecondPushUploadsNothing() throws Exception {
    createBucket("team1");
    ((SessionAnnotations) store)
        .annotate(sessionId, AnnotationKind.PIT, 1_000_000_000L, "4 tyres", "test");
    try (S3Archive a = archive("team1", "season/2025")) {
      S3Archive.PushResult first = a.push(store, sessionId, dir.resolve("work"));
      assertFalse(first.alreadyArchived());
      assertTrue(first.partsSent() >= 3, "several parts: " + first);
      List<Manifest> listed = a.list();
      assertEquals(1, listed.size());
      assertEquals("barber", listed.get(0).track());
      assertEquals(1_800_000, listed.get(0).samples());
      assertEquals(1, listed.get(0).annotations(), "the pit stop, carried in the Parquet footer");
      assertTrue(listed.get(0).dataKey().startsWith("season/2025/sessions/20250906T184000Z-"));
      Path pulled = a.pull(first.sessionKey(), dir.resolve("pulled"));
      assertEquals(listed.get(0).dataSha256(), Digests.sha256(pulled));
      S3Archive.PushResult again = a.push(store, sessionId, dir.resolve("work"));
      assertTrue(again.alreadyArchived());
      assertEquals(first.sessionKey(), again.sessionKey());
      assertEquals(1, a.list().size());
    }
  }

  @Test
  void anInterruptedUploadResumesWithThePartsAlreadySent() throws Exception {
    createBucket("team2");
    ArchiveRemote remote = server.remote("team2", "");
    S3Archive real = archive("team2", "");
    var flakyClient = S3Archive.connect(remote, LoopbackS3.credentials(), PART_BYTES);
    S3Archive flaky = new S3Archive(remote, new FlakyS3(clientOf(flakyClient), 3), PART_BYTES);
    ArchiveException e =
        assertThrows(
            ArchiveException.class, () -> flaky.push(store, sessionId, dir.resolve("work")));
    assertEquals(ArchiveException.Kind.UNREACHABLE, e.getKind(), e.getMessage());
    assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    assertTrue(real.list().isEmpty(), "no manifest before the upload completes");
    S3Archive.PushResult resumed = real.push(store, sessionId, dir.resolve("work"));
    assertEquals(2, resumed.partsReused(), resumed::toString);
    assertTrue(resumed.partsSent() >= 1);
    Path pulled = real.pull(resumed.sessionKey(), dir.resolve("pulled"));
    assertEquals(real.list().get(0).dataSha256(), Digests.sha256(pulled));
    assertEquals(1, store.sessions().size(), "nothing local lost or added");
    real.close();
  }

  @Test
  void anUnreachableArchiveSaysSo() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ArchiveRemote remote =
        ArchiveRemote.parse("s3://team/x?endpoint=http://127.0.0.1:" + closedPort);
    try (S3Archive a = S3Archive.connect(remote, LoopbackS3.credentials(), PART_BYTES)) {
      ArchiveException e = assertThrows(ArchiveException.class, a::list);
      assertEquals(ArchiveException.Kind.UNREACHABLE, e.getKind(), e.getMessage());
      assertTrue(e.getMessage().contains("unreachable"), e.getMessage());
    }
  }

  @Test
  void wrongCredentialsAreNamedWithoutLeakingTheSecret() {
    createBucket("team3");
    var wrong =
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create("someone-else", "a-wrong-secret-value"));
    try (S3Archive a = S3Archive.connect(server.remote("team3", ""), wrong, PART_BYTES)) {
      ArchiveException e =
          assertThrows(ArchiveException.class, () -> a.push(store, sessionId, dir.resolve("work")));
      assertEquals(ArchiveException.Kind.CREDENTIALS, e.getKind(), e.getMessage());
      assertFalse(e.getMessage().contains("a-wrong-secret-value"));
      assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID"), e.getMessage());
    }
  }

  @Test
  void aMissingBucketIsNamed() {
    try (S3Archive a = archive("no-such-bucket", "")) {
      ArchiveException e = assertThrows(ArchiveException.class, a::list);
      assertEquals(ArchiveException.Kind.NO_BUCKET, e.getKind(), e.getMessage());
      assertTrue(e.getMessage().contains("'no-such-bucket' does not exist"), e.getMessage());
    }
  }

  private static software.amazon.awssdk.services.s3.S3Client clientOf(S3Archive a) {
    return a.client();
  }
}
