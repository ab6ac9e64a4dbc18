package dev.pitwall.app.replay;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxQuiet;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.analysis.AnalysisResult;
import dev.pitwall.app.ui.analysis.DistanceChart;
import dev.pitwall.app.ui.analysis.DistanceDecimator;
import dev.pitwall.app.ui.analysis.ReferenceLaps;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.h2.H2SessionStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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

/**
 * The analysis screen's interaction on real recorded sessions (simulated GR86, H2): mouse zoom and
 * pan of the traces, overlays by time, and a reference lap from another session of the same track
 * (accepted) or of another track (refused with the reference check's message). Screenshots in
 * target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class AnalysisInteractionTest {
  static SessionStore store;
  static long cota;
  static long cotaOther;
  static long zandvoort;

  private ReplayDeskFixture replay;
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
    replay = new ReplayDeskFixture(store, cota, Duration.ofSeconds(65), ReplaySource::pause, store);
    desk = replay.desk;
    replay.show(stage);
  }

  @AfterEach
  void stop() throws Exception {
    replay.close();
  }

  private AnalysisResult showAnalysis() throws Exception {
    desk.analysed().get(60, TimeUnit.SECONDS);
    fxRun(() -> desk.window().showScreen("Lap analysis"));
    AnalysisResult shown = awaitShown(r -> true);
    // the result can be on the screen before its first layout: wheel events need a laid-out axis
    waitFor(
        () -> fxQuiet(() -> desk.analysis().charts().get(0).node().getWidth() > 10),
        Duration.ofSeconds(30),
        "the first chart laid out");
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
    replay.save("analysis-zoomed.png");
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
    replay.save("analysis-by-time.png");
  }

  @Test
  void referenceFromAnotherSessionOfTheTrackIsUsedAndAnotherTrackIsRefused() throws Exception {
    showAnalysis();
    @SuppressWarnings("unchecked")
    ComboBox<ReferenceLaps.Candidate> chooser =
        (ComboBox<ReferenceLaps.Candidate>) robot.lookup("#analysis-external-reference").query();
    waitFor(
        () -> fxQuiet(() -> chooser.getItems().size()) >= 2,
        Duration.ofSeconds(20),
        "two reference sessions to choose from");
    List<ReferenceLaps.Candidate> items = fx(() -> List.copyOf(chooser.getItems()));
    ReferenceLaps.Candidate same = items.get(0);
    assertEquals(cotaOther, same.sessionId(), "same track listed first: " + items);
    assertTrue(items.stream().anyMatch(c -> c.sessionId() == zandvoort && !c.sameTrack()));
    fxRun(() -> chooser.getSelectionModel().select(same));
    AnalysisResult r = awaitShown(x -> x.request().external() != null);
    assertEquals(same.label(), r.request().external().label());
    assertEquals(r.request().laps().size(), r.deltas().size(), "a delta per selected lap");
    assertEquals(
        r.request().laps().size() + 1, r.overlays().get("speed").size(), "reference drawn too");
    replay.save("analysis-other-session-reference.png");

    ReferenceLaps.Candidate other =
        items.stream().filter(c -> c.sessionId() == zandvoort).findFirst().orElseThrow();
    fxRun(() -> chooser.getSelectionModel().select(other));
    Label status = robot.lookup(".analysis-status").queryAs(Label.class);
    waitFor(
        () -> fxQuiet(status::getText).contains("refused"),
        Duration.ofSeconds(60),
        "the other track's reference refused");
    String text = fx(status::getText);
    assertTrue(text.contains("another track or layout"), text);
    assertNotNull(fx(() -> desk.analysis().shown().request().external()), "previous kept");
    replay.save("analysis-other-track-refused.png");
  }

  private static void wheelUp(DistanceChart chart) throws Exception {
    fxRun(
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
        });
    Thread.sleep(100);
  }

  private AnalysisResult awaitShown(Predicate<AnalysisResult> condition) throws Exception {
    waitFor(
        () -> {
          AnalysisResult r = fxQuiet(() -> desk.analysis().shown());
          return r != null && condition.test(r);
        },
        Duration.ofSeconds(30),
        "the analysis screen to show the expected result");
    return fx(() -> desk.analysis().shown());
  }
}
