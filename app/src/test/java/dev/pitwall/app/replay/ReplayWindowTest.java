package dev.pitwall.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.app.report.SessionAnalysis;
import dev.pitwall.app.ui.analysis.AnalysisResult;
import dev.pitwall.app.ui.analysis.DistanceChart;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static SessionStore store;
  static long id;

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-analysis"));
  private ReplayFeed feed;
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
    ReplaySource source =
        new ReplaySource(store, id, SourceMetadata.UNKNOWN, Duration.ofSeconds(65));
    source.setSpeed(16);
    var summary = store.session(id).orElseThrow();
    feed = ReplayFeed.start(source, summary, Optional.of(TrackCatalog.builtIn().load("cota")));
    desk = new ReplayDesk(feed, store, id, SCREENSHOTS, background, Platform::runLater);
    stage.setScene(desk.window().scene());
    stage.setTitle("PitWall replay");
    stage.sizeToScene();
    stage.show();
    desk.start();
  }

  @AfterEach
  void stop() throws Exception {
    fx(
        () -> {
          desk.stop();
          return null;
        });
    feed.close();
    background.shutdownNow();
  }

  @Test
  void liveScreenRunsOnTheReplayAndSeekRedrawsQuickly() throws Exception {
    waitFor(() -> fxQuiet(() -> desk.window().live().channels().latestTimeNanos()) > 20e9, 30_000);
    long target = 400_000_000_000L;
    long t0 = System.nanoTime();
    fx(
        () -> {
          desk.seek(target);
          return null;
        });
    waitFor(
        () ->
            fxQuiet(() -> desk.window().live().channels().latestTimeNanos()) >= target - 50_000_000,
        5_000);
    double seekMs = (System.nanoTime() - t0) / 1e6;
    long oldest = fx(() -> desk.window().live().channels().ring("speed").timeNanos(0));
    assertTrue(oldest >= target - 66_000_000_000L, "rings restarted at the pre-roll: " + oldest);
    assertTrue(seekMs < 1_000, "seek to data on screen: " + seekMs + " ms");
    Files.createDirectories(SCREENSHOTS);
    Files.writeString(
        SCREENSHOTS.resolve("replay-seek.txt"),
        String.format("seek to 400 s with 65 s pre-roll, until on screen: %.1f ms%n", seekMs));
    save("replay-live.png");
  }

  @Test
  void analysisScreenOverlaysLapsByDistanceWithDeltaMapStatsHistogramAndScatter() throws Exception {
    SessionAnalysis analysis = desk.analysed().get(60, TimeUnit.SECONDS);
    assertTrue(analysis.gridLaps().size() >= 3, analysis.notes().toString());
    fx(
        () -> {
          desk.window().showScreen("Lap analysis");
          return null;
        });
    waitFor(() -> fxQuiet(() -> desk.analysis().shown()) != null, 20_000);
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
    save("analysis.png");
  }

  @Test
  void coachingFindingsAreRankedAndAClickMovesTheTracesToTheirStretch() throws Exception {
    desk.analysed().get(60, TimeUnit.SECONDS);
    fx(
        () -> {
          desk.window().showScreen("Coaching");
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
    List<Finding> findings = fx(() -> List.copyOf(desk.coaching().findings().getItems()));
    assertFalse(findings.isEmpty(), "findings shown");
    for (int i = 1; i < findings.size(); i++) {
      assertTrue(findings.get(i - 1).timeLostS() >= findings.get(i).timeLostS(), "ranked");
    }
    save("coaching.png");
    new FxRobot().clickOn("#coaching-findings .list-cell");
    WaitForAsyncUtils.waitForFxEvents();
    Finding first = findings.get(0);
    waitFor(
        () -> {
          AnalysisResult shown = fxQuiet(() -> desk.analysis().shown());
          return shown != null && shown.request().fromM() == first.fromM();
        },
        20_000);
    AnalysisResult r = fx(() -> desk.analysis().shown());
    assertEquals(first.toM(), r.request().toM(), 1e-9);
    assertTrue(fx(() -> desk.analysis().node().getScene() != null), "analysis screen showing");
    assertNotNull(r);
    save("analysis-finding.png");
  }

  private void save(String name) throws Exception {
    WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    fx(() -> desk.window().saveSnapshot(SCREENSHOTS.resolve(name))).get(10, TimeUnit.SECONDS);
  }

  private static void waitFor(BooleanSupplier condition, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("condition not met within " + millis + " ms");
      }
      Thread.sleep(20);
    }
  }

  private static <T> T fxQuiet(Callable<T> call) {
    try {
      return fx(call);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
  }
}
