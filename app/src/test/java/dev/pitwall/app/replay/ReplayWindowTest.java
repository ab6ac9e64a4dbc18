package dev.pitwall.app.replay;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxQuiet;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.app.report.SessionAnalysis;
import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.analysis.AnalysisResult;
import dev.pitwall.app.ui.analysis.DistanceChart;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The replay window headless on a real recorded session (simulated GR86, COTA, 4+ laps, H2): live
 * screen over the replay, seek, the Lap analysis and Coaching screens, with screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayWindowTest {
  static SessionStore store;
  static long id;

  private ReplayDeskFixture replay;
  private ReplayDesk desk;

  @BeforeAll
  static void recordFourLaps() throws Exception {
    store = H2SessionStore.inMemory();
    id = SimulatedSessions.record(store, 21, Duration.ofSeconds(650));
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Start
  void start(Stage stage) {
    replay = new ReplayDeskFixture(store, id, Duration.ofSeconds(65), s -> s.setSpeed(16), null);
    desk = replay.desk;
    stage.setTitle("PitWall replay");
    replay.show(stage);
  }

  @AfterEach
  void stop() throws Exception {
    replay.close();
  }

  @Test
  void liveScreenRunsOnTheReplayAndSeekRedrawsQuickly() throws Exception {
    waitFor(
        () -> fxQuiet(() -> desk.window().live().channels().latestTimeNanos()) > 20e9,
        Duration.ofSeconds(30),
        "20 s of the replay on the live screen");
    long target = 400_000_000_000L;
    long t0 = System.nanoTime();
    fxRun(() -> desk.seek(target));
    waitFor(
        () ->
            fxQuiet(() -> desk.window().live().channels().latestTimeNanos()) >= target - 50_000_000,
        Duration.ofSeconds(5),
        "the live screen at the seek target");
    double seekMs = (System.nanoTime() - t0) / 1e6;
    long oldest = fx(() -> desk.window().live().channels().ring("speed").timeNanos(0));
    assertTrue(oldest >= target - 66_000_000_000L, "rings restarted at the pre-roll: " + oldest);
    assertTrue(seekMs < 1_000, "seek to data on screen: " + seekMs + " ms");
    Files.createDirectories(FxSteps.SHOTS);
    Files.writeString(
        FxSteps.SHOTS.resolve("replay-seek.txt"),
        String.format("seek to 400 s with 65 s pre-roll, until on screen: %.1f ms%n", seekMs));
    replay.save("replay-live.png");
  }

  @Test
  void analysisScreenOverlaysLapsByDistanceWithDeltaMapStatsHistogramAndScatter() throws Exception {
    SessionAnalysis analysis = desk.analysed().get(60, TimeUnit.SECONDS);
    assertTrue(analysis.gridLaps().size() >= 3, analysis.notes().toString());
    fxRun(() -> desk.window().showScreen("Lap analysis"));
    waitFor(
        () -> fxQuiet(() -> desk.analysis().shown()) != null,
        Duration.ofSeconds(20),
        "an analysis on the Lap analysis screen");
    AnalysisResult r = fx(() -> desk.analysis().shown());
    assertEquals(2, r.request().laps().size(), "best and latest lap overlaid");
    assertEquals(2, r.deltas().size());
    for (DistanceChart c : fx(() -> desk.analysis().charts())) {
      int points = fx(c::points);
      assertTrue(points > 100, "trace drawn: " + points);
      assertTrue(points <= 2 * 2 * 4096, "decimated: " + points);
    }
    assertEquals(analysis.laps().size(), r.stats().size(), "a statistics row per lap");
    assertTrue(
        r.theoreticalBestS() > 100
            && r.theoreticalBestS() <= analysis.best().get().lapTimeS() + 1e-6);
    assertTrue(r.mapX().length > 500, "track map");
    long histogram = java.util.Arrays.stream(r.histogramCounts()).sum();
    assertTrue(histogram > 5_000, "histogram of two laps on a 1 m grid: " + histogram);
    assertTrue(r.scatterLatG().length > 1_000);
    replay.save("analysis.png");
  }

  @Test
  void coachingFindingsAreRankedAndAClickMovesTheTracesToTheirStretch() throws Exception {
    desk.analysed().get(60, TimeUnit.SECONDS);
    fxRun(() -> desk.window().showScreen("Coaching"));
    WaitForAsyncUtils.waitForFxEvents();
    List<Finding> findings = fx(() -> List.copyOf(desk.coaching().findings().getItems()));
    assertFalse(findings.isEmpty(), "findings shown");
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(findings.get(i - 1).timeLostS() >= findings.get(i).timeLostS(), "ranked");
    }
    replay.save("coaching.png");
    new FxRobot().clickOn("#coaching-findings .list-cell");
    WaitForAsyncUtils.waitForFxEvents();
    Finding first = findings.get(0);
    waitFor(
        () -> {
          AnalysisResult shown = fxQuiet(() -> desk.analysis().shown());
          return shown != null && shown.request().fromM() == first.fromM();
        },
        Duration.ofSeconds(20),
        "the traces moved to the first finding's stretch");
    AnalysisResult r = fx(() -> desk.analysis().shown());
    assertEquals(first.toM(), r.request().toM(), 1e-9);
    assertTrue(fx(() -> desk.analysis().node().getScene() != null), "analysis screen showing");
    assertNotNull(r);
    replay.save("analysis-finding.png");
  }
}
