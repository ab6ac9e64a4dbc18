package dev.pitwall.storage.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline recording: queued while the archive is unreachable, pushed by the next sync. */
class ArchiveSyncTest {
  @TempDir Path dir;

  static long smallSession(SessionStore s, int seconds) {
    try (SessionRecording rec =
        s.startSession(
            new SessionInfo(
                "car",
                "drv",
                "cota",
                "test",
                Instant.parse("2026-03-01T10:00:00Z").plusSeconds(seconds)))) {
      long[] t = new long[100];
      double[] v = new double[100];
      for (int i = 0; i < 100; i++) {
        t[i] = i * 10_000_000L;
        v[i] = seconds + i;
      }
      rec.append(new SampleBlock(new Channel("speed", "km/h", 100), t, v, 100));
      rec.addLap(new Lap(0, 1, 0, 990_000_000L, List.of(), true));
      return rec.sessionId();
    }
  }

  @Test
  void sessionsRecordedOfflineArePushedWhenTheArchiveIsReachable() throws Exception {
    try (LoopbackS3 server = new LoopbackS3();
        SessionStore store = H2SessionStore.inMemory()) {
      S3ArchiveTest.serverFor(server).accept("paddock");
      long a = smallSession(store, 1);
      long b = smallSession(store, 2);
      ArchiveQueue queue = ArchiveQueue.besideDatabase(dir.resolve("pitwall"));
      ArchiveSync sync = new ArchiveSync(queue, dir.resolve("work"));
      ArchiveRemote remote = server.remote("paddock", "team");
      int closedPort;
      try (ServerSocket s = new ServerSocket(0)) {
        closedPort = s.getLocalPort();
      }
      ArchiveRemote offlineSameRemote =
          new ArchiveRemote(
              remote.bucket(),
              remote.prefix(),
              java.util.Optional.of(java.net.URI.create("http://127.0.0.1:" + closedPort)),
              remote.region());
      try (S3Archive offline =
          S3Archive.connect(offlineSameRemote, LoopbackS3.credentials(), 5L << 20)) {
        sync.enqueueUnpushed(store, offlineSameRemote);
        ArchiveSync.Report r = sync.push(store, offline, List.of());
        assertTrue(r.pushed().isEmpty());
        assertEquals(java.util.Set.of(a, b), java.util.Set.copyOf(r.stillQueued()));
        assertTrue(r.problems().get(0).contains("unreachable"), r.problems().toString());
      }
      assertTrue(Files.readString(dir.resolve("pitwall.archive-queue")).contains("queued"));
      assertFalse(
          Files.readString(dir.resolve("pitwall.archive-queue")).contains(LoopbackS3.SECRET_KEY));
      try (S3Archive online = S3Archive.connect(remote, LoopbackS3.credentials(), 5L << 20)) {
        sync.enqueueUnpushed(store, remote);
        ArchiveSync.Report r = sync.push(store, online, List.of());
        assertEquals(2, r.pushed().size(), r.problems().toString());
        assertTrue(r.stillQueued().isEmpty());
        assertEquals(2, online.list().size());
        sync.enqueueUnpushed(store, remote);
        assertTrue(sync.push(store, online, List.of()).pushed().isEmpty(), "nothing twice");
      }
    }
  }
}
