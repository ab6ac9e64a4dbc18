package dev.pitwall.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.core.track.TrackLayout;
import dev.pitwall.storage.h2.H2SessionStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * After a seek the replay's lap table lists the laps before the seek position, exactly as the live
 * lap timer recorded them (simulated GR86 at COTA, 3+ laps, H2).
 */
class ReplayLapsAfterSeekTest {
  private static final long PREROLL_NANOS = 10_000_000_000L;
  static SessionStore store;
  static long id;
  static List<Lap> recorded;
  static TrackLayout cota;

  @BeforeAll
  static void recordThreeLaps() throws Exception {
    store = H2SessionStore.inMemory();
    id = SimulatedSessions.record(store, 7, Duration.ofSeconds(520));
    recorded = store.laps(id).stream().filter(l -> l.car() == 0).toList();
    cota = TrackCatalog.builtIn().load("cota");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void seekForwardListsEveryLapBeforeTheTargetAsRecorded() throws Exception {
    assertTrue(recorded.size() >= 3, "the recording has 3+ laps: " + recorded.size());
    long target = recorded.get(recorded.size() - 1).endNanos() + 20_000_000_000L;
    try (ReplayFeed feed = start(store)) {
      LapBoard board = seekAndWait(feed, target);
      assertEquals(lapsEndingBefore(target), board.completedLaps());
      assertEquals(recorded.size(), board.currentLapNumber() - 1, "lap now being driven");
      assertTrue(board.bestLap().isPresent(), "best lap known after the seek");
    }
  }

  @Test
  void seekBackwardsForgetsTheLapsAfterTheTarget() throws Exception {
    long late = recorded.get(recorded.size() - 1).endNanos() + 5_000_000_000L;
    long early = recorded.get(1).endNanos() + 30_000_000_000L;
    try (ReplayFeed feed = start(store)) {
      seekAndWait(feed, late);
      LapBoard board = seekAndWait(feed, early);
      assertEquals(lapsEndingBefore(early), board.completedLaps());
      assertEquals(2, board.completedLaps().size());
    }
  }

  @Test
  void withoutAStoreToCatchUpFromOnlyThePrerollIsTimed() throws Exception {
    long target = recorded.get(recorded.size() - 1).endNanos() + 20_000_000_000L;
    try (ReplayFeed feed = start(null)) {
      LapBoard board = seekAndWait(feed, target);
      assertTrue(board.completedLaps().size() < recorded.size(), "no history, no earlier laps");
    }
  }

  private static ReplayFeed start(SessionStore history) {
    ReplaySource source =
        new ReplaySource(store, id, SourceMetadata.UNKNOWN, Duration.ofNanos(PREROLL_NANOS));
    source.pause();
    return ReplayFeed.start(source, store.session(id).orElseThrow(), Optional.of(cota), history);
  }

  private static List<Lap> lapsEndingBefore(long nanos) {
    return recorded.stream().filter(l -> l.endNanos() < nanos).toList();
  }

  /** Seeks and waits until the lap thread has timed the whole pre-roll. */
  private static LapBoard seekAndWait(ReplayFeed feed, long target) throws InterruptedException {
    feed.seek(target, () -> {});
    long deadline = System.currentTimeMillis() + 20_000;
    while (feed.lapBoard(0).latestTimeNanos() < target - 20_000_000L
        || feed.lapBoard(0).latestTimeNanos() >= target) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError(
            "lap board did not reach " + target + " ns: " + feed.lapBoard(0).latestTimeNanos());
      }
      Thread.sleep(10);
    }
    return feed.lapBoard(0);
  }
}
