package dev.pitwall.storage.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionRecording;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Window reads run on their own connections: a replay seek is served while another read (a session
 * analysis reading whole channels) is still in progress, and delete/close wait for reads in flight.
 * Ordering is forced with latches inside the long read; the timeouts only turn a hang into a
 * failure.
 */
class ConcurrentWindowReadTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);
  private static final Channel RPM = new Channel("rpm", "rpm", 100);
  private static final long MS = 1_000_000L;
  private static final int SAMPLES = 3 * ChannelChunker.CHUNK_SAMPLES;
  private static final SessionInfo INFO =
      new SessionInfo("car", "driver", "cota", "sim", Instant.parse("2026-11-23T10:00:00Z"));

  private final ExecutorService threads = Executors.newFixedThreadPool(3);
  private final CountDownLatch analysisReading = new CountDownLatch(1);
  private final CountDownLatch analysisMayFinish = new CountDownLatch(1);

  @AfterEach
  void stopThreads() {
    analysisMayFinish.countDown();
    threads.shutdownNow();
  }

  private static SampleBlock samples(Channel channel, int from, int n) {
    long[] t = new long[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = (from + i) * 10 * MS;
      v[i] = from + i;
    }
    return new SampleBlock(channel, t, v, n);
  }

  private static long record(H2SessionStore store) {
    try (SessionRecording rec = store.startSession(INFO)) {
      for (int from = 0; from < SAMPLES; from += 1000) {
        rec.append(samples(SPEED, from, Math.min(1000, SAMPLES - from)));
        rec.append(samples(RPM, from, Math.min(1000, SAMPLES - from)));
        rec.commit();
      }
      return rec.sessionId();
    }
  }

  /** Reads of {@code RPM} stop inside the store until the test lets them go. */
  private void holdRpmReads(H2SessionStore store) {
    store.duringWindowRead(
        channel -> {
          if (channel.equals(RPM)) {
            analysisReading.countDown();
            try {
              analysisMayFinish.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
  }

  private Future<SampleBlock> startLongRpmRead(H2SessionStore store, long id) throws Exception {
    Future<SampleBlock> analysis = threads.submit(() -> store.read(id, RPM, 0, Long.MAX_VALUE));
    assertTrue(analysisReading.await(10, TimeUnit.SECONDS), "analysis read started");
    return analysis;
  }

  @Test
  void seekIsServedWhileAnotherReadIsInProgress() throws Exception {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store);
      holdRpmReads(store);
      Future<SampleBlock> analysis = startLongRpmRead(store, id);

      Future<SampleBlock> seek = threads.submit(() -> store.read(id, SPEED, 5000 * MS, 6000 * MS));
      SampleBlock window = seek.get(10, TimeUnit.SECONDS); // blocked behind the analysis before

      assertFalse(analysis.isDone(), "the analysis read is still holding its connection");
      assertEquals(100, window.size());
      assertEquals(500.0, window.value(0));
      analysisMayFinish.countDown();
      assertEquals(SAMPLES, analysis.get(10, TimeUnit.SECONDS).size());
    }
  }

  @Test
  void deleteWaitsForReadsInFlightThenForgetsWhatTheyCached() throws Exception {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store);
      store.read(id, SPEED, 0, 1000 * MS); // cached: the session is finished
      holdRpmReads(store);
      Future<SampleBlock> analysis = startLongRpmRead(store, id);
      Future<?> delete = threads.submit(() -> store.delete(id));

      assertFalse(delete.isDone(), "delete waits for the read in flight before emptying the cache");
      analysisMayFinish.countDown();
      // the held read queries after the hook: it sees the session before or after the delete
      int read = analysis.get(10, TimeUnit.SECONDS).size();
      assertTrue(read == SAMPLES || read == 0, "a whole session or none: " + read);
      delete.get(10, TimeUnit.SECONDS);

      assertTrue(store.read(id, SPEED, 0, 1000 * MS).isEmpty(), "nothing served from the cache");
      assertTrue(store.read(id, RPM, 0, Long.MAX_VALUE).isEmpty());
    }
  }

  @Test
  void aReadWhoseCachedIndexNamesDeletedChunksReturnsTheSessionAsItIsNow() throws Exception {
    try (H2SessionStore store = H2SessionStore.inMemory()) {
      long id = record(store);
      // a reader with a cache of its own, which the delete does not empty: its index goes stale,
      // as the store's shared one does between a delete's commit and the cache being emptied
      H2WindowReader reader =
          new H2WindowReader(store.connect(), new ReadCache(1_000_000), new AtomicLong());
      try {
        assertEquals(100, reader.read(id, SPEED, 5000 * MS, 6000 * MS).size()); // index cached
        store.delete(id);
        assertTrue(reader.read(id, SPEED, 0, Long.MAX_VALUE).isEmpty(), "the session is gone");
      } finally {
        reader.close();
      }
    }
  }

  @Test
  void closeWaitsForAReadInFlightAndLaterReadsSayTheStoreIsClosed() throws Exception {
    H2SessionStore store = H2SessionStore.inMemory();
    long id = record(store);
    holdRpmReads(store);
    Future<SampleBlock> analysis = startLongRpmRead(store, id);
    Future<?> close = threads.submit(store::close);

    analysisMayFinish.countDown();
    assertEquals(SAMPLES, analysis.get(10, TimeUnit.SECONDS).size());
    close.get(10, TimeUnit.SECONDS);
    StoreException e =
        assertThrows(StoreException.class, () -> store.read(id, SPEED, 0, 1000 * MS));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }
}
