package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engineers' annotations appended beside the raw samples, while recording and after. */
class SessionAnnotationsTest {
  private static final long PERIOD = 10_000_000L; // 100 Hz
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final SessionInfo INFO =
      new SessionInfo("car", "drv", "cota", "sim:cota", Instant.parse("2026-11-23T10:00:00Z"));

  @TempDir Path dir;

  private static SampleBlock block(int i0, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = (i0 + k) * PERIOD;
      v[k] = i0 + k;
    }
    return new SampleBlock(SPEED, t, v, n);
  }

  @Test
  void annotatesWhileRecordingAndAfterAndKeepsThemAcrossReopen() {
    Path db = dir.resolve("pitwall");
    long id;
    Instant before = Instant.now();
    try (H2SessionStore store = H2SessionStore.open(db)) {
      SessionRecording rec = store.startSession(INFO);
      id = rec.sessionId();
      rec.append(block(0, 1000));
      rec.commit();
      // live: beyond the durable samples (the live time runs ahead of the last commit)
      store.annotate(id, AnnotationKind.FLAG, 12 * 1_000_000_000L, "yellow S2", "anna");
      rec.append(block(1000, 1000));
      rec.finish(SessionStatus.COMPLETED);
      store.annotate(id, AnnotationKind.SETUP, 5 * 1_000_000_000L, " rear wing +1 ", "ben");
      store.annotate(id, AnnotationKind.MARKER, 19_990_000_000L, "", "ben");
      assertEquals(2000, store.read(id, SPEED, 0, Long.MAX_VALUE).size(), "samples untouched");
    }
    try (H2SessionStore store = H2SessionStore.open(db)) {
      List<Annotation> all = store.annotations(id);
      assertEquals(
          List.of(AnnotationKind.SETUP, AnnotationKind.FLAG, AnnotationKind.MARKER),
          all.stream().map(Annotation::kind).toList(),
          "time order");
      Annotation setup = all.get(0);
      assertEquals("rear wing +1", setup.text());
      assertEquals("ben", setup.author());
      assertEquals(5_000_000_000L, setup.startNanos());
      Instant created = setup.createdAt().orElseThrow();
      assertTrue(!created.isBefore(before.minusMillis(1)) && !created.isAfter(Instant.now()));
      assertEquals(3, store.events(id).size(), "the recovery view sees them too");
    }
  }

  @Test
  void rejectsBadInputWithAClearMessage() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      long id = rec.sessionId();
      rec.append(block(0, 1000)); // 0 .. 9.99 s
      rec.finish(SessionStatus.COMPLETED);
      assertEquals(
          "a note needs a text",
          message(() -> store.annotate(id, AnnotationKind.NOTE, 0, " ", "")));
      assertEquals(
          "time 10.500 s is after the end of session " + id + " (9.990 s)",
          message(() -> store.annotate(id, AnnotationKind.PIT, 10_500_000_000L, "", "")));
      assertEquals(
          "time -1.000 s is before the session start",
          message(() -> store.annotate(id, AnnotationKind.PIT, -1_000_000_000L, "", "")));
      assertTrue(
          message(() -> store.annotate(id, AnnotationKind.GAP, 0, "x", "")).contains("store"));
      assertThrows(
          StoreException.class, () -> store.annotate(id + 99, AnnotationKind.PIT, 0, "", ""));
      assertEquals(List.of(), store.annotations(id), "nothing written by a rejected request");
    }
  }

  @Test
  void appendsImportedAnnotationsAsGiven() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      rec.append(block(0, 100));
      rec.finish(SessionStatus.COMPLETED);
      Annotation gap = new Annotation(AnnotationKind.GAP, 10, 20, "gap", "", Optional.empty());
      Annotation note =
          new Annotation(
              AnnotationKind.NOTE, 30, 30, "n", "x", Optional.of(Instant.ofEpochMilli(1234)));
      store.append(rec.sessionId(), List.of(note, gap));
      assertEquals(List.of(gap, note), store.annotations(rec.sessionId()));
    }
  }

  private static String message(Runnable r) {
    return assertThrows(IllegalArgumentException.class, r::run).getMessage();
  }
}
