package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Window reads of finished sessions keep their chunks decoded (a seek then playing on, or
 * scrubbing, decodes nothing twice); sessions being recorded are always read fresh.
 */
class ReadCacheTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final long MS = 1_000_000L;
  private static final int CHUNK = ChannelChunker.CHUNK_SAMPLES;
  private static final SessionInfo INFO =
      new SessionInfo("car", "driver", "cota", "sim", Instant.parse("2026-11-23T10:00:00Z"));

  private static SampleBlock samples(int from, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (from + i) * 10 * MS;
      v[i] = from + i;
    }
    return new SampleBlock(SPEED, t, v, n);
  }

  private static long at(int sample) {
    return sample * 10 * MS;
  }

  private static long record(H2SessionStore store, int n) {
    try (SessionRecording rec = store.startSession(INFO)) {
      for (int from = 0; from < n; from += 1000) {
        rec.append(samples(from, Math.min(1000, n - from)));
        rec.commit();
      }
      return rec.sessionId();
    }
  }

  @Test
  void secondReadOfAFinishedSessionDecodesNothingAndReturnsTheSameSamples() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store, 10 * CHUNK);
      SampleBlock first = store.read(id, SPEED, at(3 * CHUNK - 100), at(4 * CHUNK + 100));
      long before = store.chunksDecoded();
      SampleBlock again = store.read(id, SPEED, at(3 * CHUNK - 100), at(4 * CHUNK + 100));
      SampleBlock inside = store.read(id, SPEED, at(3 * CHUNK + 5), at(3 * CHUNK + 15));
      assertEquals(0, store.chunksDecoded() - before, "served from decoded chunks");
      assertEquals(CHUNK + 200, again.size());
      for (int i = 0; i < again.size(); i++) {
        assertEquals(first.timeNanos(i), again.timeNanos(i));
        assertEquals(first.value(i), again.value(i));
      }
      assertEquals(10, inside.size());
      assertEquals(3 * CHUNK + 5, inside.value(0));
    }
  }

  @Test
  void recordingSessionIsNeverServedFromTheCache() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      SessionRecording rec = store.startSession(INFO);
      rec.append(samples(0, 2 * CHUNK));
      rec.commit();
      store.read(rec.sessionId(), SPEED, 0, at(2 * CHUNK));
      long before = store.chunksDecoded();
      store.read(rec.sessionId(), SPEED, 0, at(2 * CHUNK));
      assertTrue(store.chunksDecoded() - before >= 2, "decoded again while recording");
      rec.append(samples(2 * CHUNK, 10));
      rec.commit();
      assertEquals(2 * CHUNK + 10, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
      rec.close();
      assertEquals(2 * CHUNK + 10, store.read(rec.sessionId(), SPEED, 0, Long.MAX_VALUE).size());
    }
  }

  @Test
  void wholeSessionReadBypassesTheCacheAndWindowReadsStillWork() {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store, 300 * CHUNK);
      assertEquals(300 * CHUNK, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      long before = store.chunksDecoded();
      assertEquals(300 * CHUNK, store.read(id, SPEED, 0, Long.MAX_VALUE).size());
      assertEquals(300, store.chunksDecoded() - before, "a whole-session read is not cached");
      SampleBlock w = store.read(id, SPEED, at(150 * CHUNK), at(150 * CHUNK + 3));
      assertEquals(150.0 * CHUNK, w.value(0));
      assertEquals(3, w.size());
    }
  }

  @Test
  void cacheStaysWithinItsSampleBound() {
    ReadCache cache = new ReadCache(10_000);
    for (int seq = 0; seq < 100; seq++) {
      cache.chunk(1, seq, new ReadCache.Decoded(new long[CHUNK], new double[CHUNK]));
      assertTrue(cache.chunkSamples() <= 10_000, "bounded: " + cache.chunkSamples());
    }
    assertTrue(cache.chunk(1, 99) != null, "the newest chunk is kept");
    assertTrue(cache.chunk(1, 0) == null, "the oldest chunk is gone");
  }
}
