package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process that dies between checkpoints leaves — the database as of the last checkpoint plus
 * the tail log — is replayed when the store is opened. The "crash" is a copy of the files taken
 * after a commit returned (what a kill -9 at that moment leaves: both live in the OS).
 */
class TailReplayTest {
  private static final int CHANNELS = 3;
  private static final int PER_COMMIT = 20; // 200 ms at 100 Hz
  private static final long PERIOD_NANOS = 10_000_000L;
  private static final SessionInfo INFO =
      new SessionInfo("car", "driver", "track", "test:tail", Instant.parse("2026-11-23T20:00:00Z"));

  @TempDir Path dir;

  private static Channel channel(int c) {
    return new Channel("ch" + c, "-", 100);
  }

  private static double value(int c, long i) {
    return Math.round(Math.sin(i * 0.01 + c) * 10_000) / 100.0;
  }

  private static void commitOnce(SessionRecording rec, int k) {
    for (int c = 0; c < CHANNELS; c++) {
      long[] t = new long[PER_COMMIT];
      double[] v = new double[PER_COMMIT];
      for (int i = 0; i < PER_COMMIT; i++) {
        long index = (long) k * PER_COMMIT + i;
        t[i] = index * PERIOD_NANOS;
        v[i] = value(c, index);
      }
      rec.append(new SampleBlock(channel(c), t, v, PER_COMMIT));
    }
    rec.commit();
  }

  /** Copies {@code NAME.mv.db} and (if given) the session's tail log into {@code to}. */
  private static void copy(Path from, Path to, boolean db, long tailOf) throws IOException {
    Files.createDirectories(to);
    if (db) {
      Files.copy(from.resolve("pitwall.mv.db"), to.resolve("pitwall.mv.db"));
    }
    if (tailOf >= 0) {
      String tail = "pitwall.session-" + tailOf + ".tail";
      Files.copy(from.resolve(tail), to.resolve(tail));
    }
  }

  private static void assertExactly(Path db, H2StoreOptions options, long id, int commits) {
    try (H2SessionStore store = H2SessionStore.open(db, options)) {
      SessionSummary s = store.session(id).orElseThrow();
      assertEquals(SessionStatus.INTERRUPTED, s.status());
      assertEquals((long) CHANNELS * commits * PER_COMMIT, s.samples(), "totals after replay");
      for (int c = 0; c < CHANNELS; c++) {
        SampleBlock b = store.read(id, channel(c), 0, Long.MAX_VALUE);
        assertEquals(commits * PER_COMMIT, b.size(), "samples of " + channel(c).name());
        for (int i = 0; i < b.size(); i++) {
          assertEquals(i * PERIOD_NANOS, b.timeNanos(i));
          assertEquals(value(c, i), b.value(i));
        }
      }
    }
    assertFalse(Files.exists(db.resolveSibling("pitwall.session-" + id + ".tail")), "log deleted");
  }

  @Test
  void samplesCommittedSinceTheLastCheckpointAreRecoveredFromTheTailLog() throws IOException {
    recordAndCrashAt(H2StoreOptions.defaults(), 57);
  }

  @Test
  void encryptedStoreRecoversFromItsEncryptedTailLog() throws IOException {
    recordAndCrashAt(H2StoreOptions.defaults().withPassword("pit-wall-2026".toCharArray()), 23);
  }

  private void recordAndCrashAt(H2StoreOptions options, int commits) throws IOException {
    Path live = dir.resolve("live");
    Files.createDirectories(live);
    long id;
    try (H2SessionStore store = H2SessionStore.open(live.resolve("pitwall"), options)) {
      SessionRecording rec = store.startSession(INFO);
      id = rec.sessionId();
      for (int k = 0; k < commits; k++) {
        commitOnce(rec, k);
      }
      assertTrue(Files.size(live.resolve("pitwall.session-" + id + ".tail")) > 0);
      copy(live, dir.resolve("crash"), true, id);
      rec.close();
    }
    assertExactly(dir.resolve("crash").resolve("pitwall"), options, id, commits);
  }

  @Test
  void logNotYetEmptiedAfterACheckpointAddsNothingTwice() throws IOException {
    Path live = dir.resolve("live");
    Files.createDirectories(live);
    int commits = H2SessionRecording.CHECKPOINT_COMMITS + 1; // the first commit checkpoints too
    long id;
    try (H2SessionStore store = H2SessionStore.open(live.resolve("pitwall"))) {
      SessionRecording rec = store.startSession(INFO);
      id = rec.sessionId();
      for (int k = 0; k < commits - 1; k++) {
        commitOnce(rec, k);
      }
      copy(live, dir.resolve("crash"), false, id); // the log before the checkpoint
      commitOnce(rec, commits - 1); // checkpoint: all of it into the database, log emptied
      assertEquals(
          TailLog.HEADER_BYTES, Files.size(live.resolve("pitwall.session-" + id + ".tail")));
      copy(live, dir.resolve("crash"), true, -1); // died before the log was emptied
      rec.close();
    }
    assertExactly(dir.resolve("crash").resolve("pitwall"), H2StoreOptions.defaults(), id, commits);
  }
}
