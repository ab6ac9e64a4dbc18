package dev.pitwall.app.replay;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.h2.H2SessionStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Strategy screen in the replay window: a recorded race of four simulated GR86s at COTA
 * replayed at 64x ranks plans lap by lap as the live window does, and after a seek back it starts
 * again from the laps before the seek position.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayStrategyTest {
  static SessionStore store;
  static long id;
  static List<Lap> ourLaps;

  private final List<StrategyReport> shown = Collections.synchronizedList(new ArrayList<>());
  private ReplayDeskFixture replay;
  private ReplayDesk desk;

  @BeforeAll
  static void recordFourCars() throws Exception {
    store = H2SessionStore.inMemory();
    id = SimulatedSessions.record(store, "cota", 4, 5L, Duration.ofSeconds(1300));
    ourLaps = store.laps(id).stream().filter(l -> l.car() == 0).toList();
    assertTrue(ourLaps.size() >= 7, "laps recorded: " + ourLaps.size());
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Start
  void start(Stage stage) {
    replay = new ReplayDeskFixture(store, id, Duration.ofSeconds(5), s -> s.setSpeed(64), store);
    desk = replay.desk;
    desk.strategy().screen().setOnShown(shown::add);
    replay.show(stage, 1600, 950);
    desk.window().showScreen("Strategy");
  }

  @AfterEach
  void stop() throws Exception {
    replay.close();
  }

  @Test
  void strategyRanksPlansPerReplayedLapAndRestartsAtASeek() throws Exception {
    Lap fifth = ourLaps.get(4);
    long target = fifth.endNanos() + 10_000_000_000L;
    int lapsBefore = (int) ourLaps.stream().filter(l -> l.endNanos() < target).count();
    waitFor(r -> r.ready() && r.lapsCompleted() >= lapsBefore + 2, 120);
    List<StrategyReport> before = List.copyOf(shown);
    long readyLaps =
        before.stream()
            .filter(r -> r.ready() && r.ranked().size() >= 2)
            .mapToInt(StrategyReport::lapsCompleted)
            .distinct()
            .count();
    assertTrue(
        readyLaps >= 2, "ranked plans after two different replayed laps: " + summary(before));
    String radio = fx(() -> ((Label) desk.window().scene().lookup("#strategy-radio")).getText());
    assertFalse(radio.contains("NaN") || radio.isBlank(), radio);
    replay.save("replay-strategy.png");

    fxRun(() -> desk.seek(target));
    int from = shown.size();
    // a Monte Carlo run of the old position may still finish after the seek: wait past it
    StrategyReport afterSeek =
        waitFor(r -> shown.indexOf(r) >= from && r.lapsCompleted() <= lapsBefore + 1, 30);
    System.out.println(
        "before seek: "
            + summary(before)
            + " · seek to lap "
            + lapsBefore
            + ": "
            + summary(shown.subList(from, shown.size())));
    assertTrue(
        afterSeek.lapsCompleted() >= lapsBefore && afterSeek.lapsCompleted() <= lapsBefore + 1,
        "restarted from the " + lapsBefore + " laps before the seek: " + afterSeek.lapsCompleted());
  }

  private static String summary(List<StrategyReport> reports) {
    synchronized (reports) {
      return reports.stream()
          .map(r -> r.lapsCompleted() + (r.ready() ? "R" + r.ranked().size() : "n"))
          .toList()
          .toString();
    }
  }

  private StrategyReport waitFor(Predicate<StrategyReport> wanted, int seconds)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      synchronized (shown) {
        for (StrategyReport r : shown) {
          if (wanted.test(r)) {
            return r;
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such strategy report in " + seconds + " s: " + summary(shown));
  }
}
