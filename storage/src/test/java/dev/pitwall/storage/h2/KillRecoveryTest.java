package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.recovery.Continuation;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real child JVM records into an H2 file and is killed with SIGKILL mid-session. */
class KillRecoveryTest {
  private static final long SECOND_SAMPLES = 100; // 100 Hz

  @TempDir Path dir;

  @Test
  void killedRecorderLosesLessThanOneSecondAndTheSessionIsInterrupted() throws Exception {
    Path db = dir.resolve("pitwall.mv.db");
    Path childErr = dir.resolve("child-stderr.txt");
    Process child = startChild(db, childErr);
    AtomicLong published = new AtomicLong(-1);
    Thread reader = readProgress(child, published);
    long lastSeen;
    try {
      awaitPublished(child, published, 2 * SECOND_SAMPLES, childErr);
      StoreException inUse = assertThrows(StoreException.class, () -> H2SessionStore.open(db));
      assertEquals("database " + db + " is in use by another PitWall process", inUse.getMessage());
      lastSeen = published.get();
    } finally {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
      assertTrue(child.waitFor(10, TimeUnit.SECONDS), "child did not die");
      reader.join(5000);
    }
    assertEquals(137, child.exitValue(), "killed by SIGKILL");

    long id;
    long total = 0;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      SessionSummary s = store.sessions().get(0);
      id = s.id();
      assertEquals(SessionStatus.INTERRUPTED, s.status());
      for (int c = 0; c < RecordingChild.NAMES.size(); c++) {
        total += assertContiguousUpToAtLeast(store, s.id(), c, lastSeen - SECOND_SAMPLES);
      }
      assertEquals(total, s.samples());
      System.out.printf(
          "kill -9: last sample seen published %d, durable per channel %.1f (%d samples)%n",
          lastSeen, total / (double) RecordingChild.NAMES.size() - 1, total);
    }
    continueThenClose(db, id, total);
  }

  /**
   * The killed session is continued (samples land after the gap) and, interrupted once more, closed
   * as complete.
   */
  private static void continueThenClose(Path db, long id, long durable) {
    Channel first = RecordingChild.channel(0);
    long lastDurable;
    try (H2SessionStore store = H2SessionStore.open(db)) {
      Continuation c = store.continueSession(id, Instant.now());
      lastDurable = c.lastDurableNanos();
      assertTrue(c.resumeAtNanos() >= lastDurable + 1_000_000_000L, "resumes after the gap");
      long[] t = {0, RecordingChild.PERIOD_NANOS};
      c.recording().append(new SampleBlock(first, t, new double[] {1.5, 2.5}, 2));
      c.recording().commit(); // and the store goes down without finishing
      assertEquals(SessionEvent.GAP, store.events(id).get(0).kind());
    }
    try (H2SessionStore store = H2SessionStore.open(db)) {
      assertEquals(SessionStatus.INTERRUPTED, store.session(id).orElseThrow().status());
      store.closeSession(id, List.of());
      SessionSummary s = store.session(id).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, s.status());
      assertEquals(durable + 2, s.samples());
      SampleBlock b = store.read(id, first, lastDurable + 1, Long.MAX_VALUE);
      assertEquals(2, b.size());
      assertEquals(2.5, b.value(1));
    }
  }

  /** Checks samples 0..n-1 of channel c are all there, bit-exact; returns n. */
  private static long assertContiguousUpToAtLeast(
      H2SessionStore store, long id, int c, long minLastIndex) {
    SampleBlock b = store.read(id, RecordingChild.channel(c), 0, Long.MAX_VALUE);
    for (int i = 0; i < b.size(); i++) {
      assertEquals(i * RecordingChild.PERIOD_NANOS, b.timeNanos(i), "time of sample " + i);
      assertEquals(RecordingChild.value(c, i), b.value(i), "value of sample " + i);
    }
    assertTrue(
        b.size() - 1 >= minLastIndex,
        RecordingChild.NAMES.get(c)
            + ": last durable sample "
            + (b.size() - 1)
            + " is more than 1 s before the last one seen published");
    return b.size();
  }

  private static Process startChild(Path db, Path stderr) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            RecordingChild.class.getName(),
            db.toString())
        .redirectError(stderr.toFile())
        .start();
  }

  private static Thread readProgress(Process child, AtomicLong published) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.startsWith("published ")) {
                    published.set(Long.parseLong(line.split(" ")[1]));
                  }
                }
              } catch (IOException e) {
                // the child was killed: its pipe closes
              }
            },
            "kill-test-child-stdout");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void awaitPublished(Process child, AtomicLong published, long n, Path err)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (published.get() < n) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        List<String> lines = Files.exists(err) ? Files.readAllLines(err) : List.of();
        throw new AssertionError(
            "child reached only sample " + published.get() + "; stderr: " + lines);
      }
      Thread.sleep(20);
    }
  }
}
