package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.testStage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.laps.LapRow;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The real thing, headless: the simulated GR86 at COTA (10x real time) → SampleBus → H2 recorder +
 * lap timer → the live window. Closing the window mid-session must finish the session with every
 * published sample stored.
 */
@ExtendWith(ApplicationExtension.class)
class LiveWindowIntegrationTest {
  @TempDir Path dir;

  @Test
  void simulatedCarLapsOnScreenAndClosingMidSessionLosesNothing() throws Exception {
    SourceFactory.Prepared prepared = SimulatedLive.at("cota", 1, 3L, 10.0);
    Path db = dir.resolve("pw");
    try (SessionStore store = H2SessionStore.open(db)) {
      LiveSession session = LiveSession.start(prepared.source(), store, prepared.track(), null);
      try {
        runAndClose(session, store);
      } finally {
        session.close(); // idempotent; also on failure, so the store is never closed under it
      }
    }
  }

  private void runAndClose(LiveSession session, SessionStore store) throws Exception {
    {
      MainWindow window =
          fx(
              () ->
                  FxSteps.show(
                      testStage(),
                      new MainWindow(session, dir.resolve("snapshots"), Runnable::run)));
      Set<Double> speeds = new HashSet<>();
      List<LapRow> rows = List.of();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (System.nanoTime() < deadline && (completed(rows) < 1 || speeds.size() <= 20)) {
        speeds.add(fx(() -> window.live().gauges().tile("speed").getValue()));
        rows = fx(() -> window.live().lapTable().rows());
        Thread.sleep(250);
      }
      FxSteps.saveWindow(window, "live-sim-cota.png");

      assertTrue(speeds.size() > 20, "speed gauge moved: " + speeds.size() + " distinct values");
      assertTrue(completed(rows) >= 1, "a COTA lap completed on screen: " + rows);
      double lapS = session.laps().get(0).lapTimeS();
      assertTrue(lapS > 140 && lapS < 165, "plausible GR86 COTA lap: " + lapS);

      fxRun(
          () -> {
            testStage().hide(); // the user closes the window mid-lap
            window.stop();
          });
      session.close();
      long published = session.publishedSamples();
      SessionSummary summary = store.session(Long.parseLong(session.sessionId())).orElseThrow();
      assertEquals(SessionStatus.COMPLETED, summary.status());
      assertEquals(published, summary.samples(), "every published sample is in H2");
      assertEquals(0, session.recorderCounters().samplesDropped());
      assertEquals(session.laps().size(), store.laps(summary.id()).size(), "laps stored");
      assertTrue(summary.duration().compareTo(Duration.ofSeconds(150)) > 0, summary.toString());
    }
  }

  private static long completed(List<LapRow> rows) {
    return rows.stream().filter(r -> r.kind() != LapRow.Kind.CURRENT).count();
  }
}
