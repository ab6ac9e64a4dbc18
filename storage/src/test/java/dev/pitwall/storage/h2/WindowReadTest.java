package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The time index: a window read decodes only the chunks that overlap the window. */
class WindowReadTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final Channel RPM = new Channel("rpm", "rpm", 100);
  private static final long MS = 1_000_000L;
  private static final int CHUNK = ChannelChunker.CHUNK_SAMPLES;
  private static final SessionInfo INFO =
      new SessionInfo("car", "driver", "cota", "sim", Instant.parse("2026-11-23T10:00:00Z"));

  /** Sample i at i × 10 ms with value i; chunk k holds samples k × 4096 .. (k + 1) × 4096 - 1. */
  private static SampleBlock samples(Channel ch, int from, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (from + i) * 10 * MS;
      v[i] = from + i;
    }
    return new SampleBlock(ch, t, v, n);
  }

  private static long at(int sample) {
    return sample * 10 * MS;
  }

  @Test
  void windowInsideOneChunkDecodesOnlyThatChunk() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store, 10 * CHUNK + 100);
      long before = store.chunksDecoded();
      SampleBlock b = store.read(id, SPEED, at(5 * CHUNK + 10), at(5 * CHUNK + 20));
      assertEquals(1, store.chunksDecoded() - before);
      assertEquals(10, b.size());
      assertEquals(5 * CHUNK + 10, b.value(0));
    }
  }

  @Test
  void smallChunksWrittenWhileRecordingAreMergedWhenTheSessionFinishes() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      for (int from = 0; from < 3 * CHUNK; from += 16) { // 16 samples per commit, as 80 Hz
        rec.append(samples(SPEED, from, 16));
        rec.commit();
      }
      long before = store.chunksDecoded();
      store.read(rec.sessionId(), SPEED, at(CHUNK), at(2 * CHUNK));
      long small = store.chunksDecoded() - before;
      assertTrue(small >= 4096 / (16 * 9), "small chunks while recording: " + small);
      rec.close();
      before = store.chunksDecoded();
      SampleBlock b = store.read(rec.sessionId(), SPEED, at(CHUNK), at(2 * CHUNK));
      assertEquals(1, store.chunksDecoded() - before, "one merged chunk after finishing");
      assertEquals(CHUNK, b.size());
      assertEquals(CHUNK, b.value(0));
      assertEquals(3 * CHUNK, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
    }
  }

  @Test
  void windowAcrossABoundaryDecodesTheTwoChunksItTouches() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store, 10 * CHUNK + 100);
      long before = store.chunksDecoded();
      SampleBlock b = store.read(id, SPEED, at(3 * CHUNK - 5), at(3 * CHUNK + 5));
      assertEquals(2, store.chunksDecoded() - before);
      assertEquals(10, b.size());
      assertEquals(3 * CHUNK - 5, b.value(0));
      assertEquals(3 * CHUNK + 4, b.value(9));
    }
  }

  @Test
  void lastPartialChunkIsSealedAndFoundByTheIndex() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store, 10 * CHUNK + 100);
      long before = store.chunksDecoded();
      SampleBlock tail = store.read(id, SPEED, at(10 * CHUNK), Long.MAX_VALUE);
      assertEquals(1, store.chunksDecoded() - before);
      assertEquals(100, tail.size());
      assertEquals(10 * CHUNK + 99, tail.value(99));
    }
  }

  @Test
  void openChunkOfARecordingSessionIsReadAfterEachCommit() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      rec.append(samples(SPEED, 0, CHUNK + 30)); // one sealed chunk, 30 samples open
      rec.commit();
      assertEquals(CHUNK + 30, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
      rec.append(samples(SPEED, CHUNK + 30, 20)); // the open chunk is rewritten in place
      rec.commit();
      SampleBlock all = store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE);
      assertEquals(CHUNK + 50, all.size());
      assertEquals(CHUNK + 49, all.value(CHUNK + 49));
      assertEquals(CHUNK + 50, store.session(rec.sessionId()).orElseThrow().samples());
      rec.append(samples(SPEED, CHUNK + 50, CHUNK - 50)); // fills it: sealed, open row gone
      rec.commit();
      assertEquals(2 * CHUNK, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
      rec.close();
      assertEquals(2 * CHUNK, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
    }
  }

  private static long record(H2SessionStore store, int n) {
    try (SessionRecording rec = store.startSession(INFO)) {
      for (int from = 0; from < n; from += 1000) {
        rec.append(samples(SPEED, from, Math.min(1000, n - from)));
        rec.append(samples(RPM, from, Math.min(1000, n - from)));
        rec.commit();
      }
      return rec.sessionId();
    }
  }
}
