package dev.pitwall.app.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.analysis.AnalysisResult;
import dev.pitwall.app.ui.analysis.DistanceChart;
import dev.pitwall.app.ui.analysis.DistanceDecimator;
import dev.pitwall.app.ui.analysis.ReferenceLaps;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.ScrollEvent;
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
 * The analysis screen's interaction on real recorded sessions (simulated GR86, H2): mouse zoom and
 * pan of the traces, overlays by time, and a reference lap from another session of the same track
 * (accepted) or of another track (refused with the reference check's message). Screenshots in
 * target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisInteractionTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static SessionStore store;
  static long cota;
  static long cotaOther;
  static long zandvoort;

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-analysis"));
  private ReplayFeed feed;
  private ReplayDesk desk;
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void recordSessions() throws Exception {
    store = H2SessionStore.inMemory();
    cota = SimulatedSessions.record(store, 21, Duration.ofSeconds(520));
    cotaOther = SimulatedSessions.record(store, 5, Duration.ofSeconds(400));
    zandvoort = SimulatedSessions.record(store, "zandvoort", 3, Duration.ofSeconds(330));
  }

  @AfterAll
  static void closeStore() {
    store.close();
  }

  @Start
  void start(Stage stage) {
    ReplaySource source =
        new ReplaySource(store, cota, SourceMetadata.UNKNOWN, Duration.ofSeconds(65));
    source.pause();
    var summary = store.session(cota).orElseThrow();
    feed =
        ReplayFeed.start(source, summary, Optional.of(TrackCatalog.builtIn().load("cota")), store);
    desk = new ReplayDesk(feed, store, cota, SCREENSHOTS, background, Platform::runLater);
    stage.setScene(desk.window().scene());
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

  private AnalysisResult showAnalysis() throws Exception {
    desk.analysed().get(60, TimeUnit.SECONDS);
    fx(
        () -> {
          desk.window().showScreen("Lap analysis");
          return null;
        });
    AnalysisResult shown = awaitShown(r -> true);
    // the result can be on the screen before its first layout: wheel events need a laid-out axis
    waitFor(() -> fxQuiet(() -> desk.analysis().charts().get(0).node().getWidth() > 10), 30_000);
    return shown;
  }

  @Test
  void wheelZoomsDragPansAndDoubleClickResetsWithMinMaxPerPixel() throws Exception {
    AnalysisResult whole = showAnalysis();
    DistanceChart speed = fx(() -> desk.analysis().charts().get(0));
    for (int notch = 0; notch < 3; notch++) {
      wheelUp(speed); // Monocle's robot has no wheel: the event a wheel notch delivers
    }
    AnalysisResult zoomed = awaitShown(r -> !Double.isNaN(r.request().toM()));
    double span = zoomed.request().toM() - zoomed.request().fromM();
    assertTrue(span < 0.6 * whole.lapLengthM(), "three notches zoom in: " + span + " m");
    for (DistanceDecimator.Points p : zoomed.overlays().get("speed")) {
      assertTrue(p.xM().length <= 2 * zoomed.request().columns(), "min/max per pixel column");
      assertTrue(p.xM().length > zoomed.request().columns() / 2, "full detail when zoomed");
      assertTrue(p.xM()[0] >= zoomed.request().fromM() - 1.0, "inside the window");
      assertTrue(p.xM()[p.xM().length - 1] <= zoomed.request().toM() + 1.0);
    }
    save("analysis-zoomed.png");
    double before = zoomed.request().fromM();
    robot.drag(speed.node()).moveBy(-150, 0).drop();
    AnalysisResult panned = awaitShown(r -> r.request().fromM() > before + 1);
    assertEquals(
        span, panned.request().toM() - panned.request().fromM(), 1e-6, "pan keeps the span");
    robot.doubleClickOn(speed.node());
    AnalysisResult reset = awaitShown(r -> Double.isNaN(r.request().toM()));
    assertEquals(0, reset.request().fromM());
  }

  @Test
  void overlaysByTimeUseEachLapsElapsedTime() throws Exception {
    AnalysisResult byDistance = showAnalysis();
    robot.clickOn("#analysis-by-time");
    AnalysisResult byTime = awaitShown(r -> r.request().byTime());
    assertTrue(byTime.lapLengthM() > 60 && byTime.lapLengthM() < 400, "x extent is seconds");
    double slowest =
        desk.analysed().get().gridLaps().stream()
            .filter(l -> byTime.request().laps().contains(l.lapNumber()))
            .mapToDouble(l -> l.lapTimeS())
            .max()
            .orElseThrow();
    assertEquals(slowest, byTime.lapLengthM(), 1e-6, "the slower lap ends at its lap time");
    for (DistanceDecimator.Points p : byTime.overlays().get("speed")) {
      double lastS = p.xM()[p.xM().length - 1];
      assertTrue(lastS <= slowest + 1e-6 && lastS > 0.9 * slowest, "trace ends at its lap time");
    }
    assertTrue(byDistance.lapLengthM() > 1000, "by distance the extent was metres");
    save("analysis-by-time.png");
  }

  @Test
  void referenceFromAnotherSessionOfTheTrackIsUsedAndAnotherTrackIsRefused() throws Exception {
    showAnalysis();
    @SuppressWarnings("unchecked")
    ComboBox<ReferenceLaps.Candidate> chooser =
        (ComboBox<ReferenceLaps.Candidate>) robot.lookup("#analysis-external-reference").query();
    waitFor(() -> fxQuiet(() -> chooser.getItems().size()) >= 2, 20_000);
    List<ReferenceLaps.Candidate> items = fx(() -> List.copyOf(chooser.getItems()));
    ReferenceLaps.Candidate same = items.get(0);
    assertEquals(cotaOther, same.sessionId(), "same track listed first: " + items);
    assertTrue(items.stream().anyMatch(c -> c.sessionId() == zandvoort && !c.sameTrack()));
    fx(
        () -> {
          chooser.getSelectionModel().select(same);
          return null;
        });
    AnalysisResult r = awaitShown(x -> x.request().external() != null);
    assertEquals(same.label(), r.request().external().label());
    assertEquals(r.request().laps().size(), r.deltas().size(), "a delta per selected lap");
    assertEquals(
        r.request().laps().size() + 1, r.overlays().get("speed").size(), "reference drawn too");
    save("analysis-other-session-reference.png");

    ReferenceLaps.Candidate other =
        items.stream().filter(c -> c.sessionId() == zandvoort).findFirst().orElseThrow();
    fx(
        () -> {
          chooser.getSelectionModel().select(other);
          return null;
        });
    Label status = robot.lookup(".analysis-status").queryAs(Label.class);
    waitFor(() -> fxQuiet(status::getText).contains("refused"), 60_000);
    String text = fx(status::getText);
    assertTrue(text.contains("another track or layout"), text);
    assertNotNull(fx(() -> desk.analysis().shown().request().external()), "previous kept");
    save("analysis-other-track-refused.png");
  }

  private static void wheelUp(DistanceChart chart) throws Exception {
    fx(
        () -> {
          var b = chart.node().localToScene(chart.node().getBoundsInLocal());
          double x = b.getMinX() + b.getWidth() * 0.3;
          double y = b.getMinY() + b.getHeight() / 2;
          Event.fireEvent(
              chart.node(),
              new ScrollEvent(
                  ScrollEvent.SCROLL,
                  x,
                  y,
                  x,
                  y,
                  false,
                  false,
                  false,
                  false,
                  false,
                  false,
                  0,
                  40,
                  0,
                  40,
                  ScrollEvent.HorizontalTextScrollUnits.NONE,
                  0,
                  ScrollEvent.VerticalTextScrollUnits.NONE,
                  0,
                  0,
                  null));
          return null;
        });
    Thread.sleep(100);
  }

  private AnalysisResult awaitShown(Predicate<AnalysisResult> condition) throws Exception {
    waitFor(
        () -> {
          AnalysisResult r = fxQuiet(() -> desk.analysis().shown());
          return r != null && condition.test(r);
        },
        30_000);
    return fx(() -> desk.analysis().shown());
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
