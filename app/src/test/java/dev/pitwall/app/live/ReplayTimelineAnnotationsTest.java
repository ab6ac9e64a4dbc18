package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static dev.pitwall.app.ui.FxSteps.waitFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.replay.ReplayDesk;
import dev.pitwall.app.replay.ReplayFeed;
import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.annotation.AnnotationList;
import dev.pitwall.app.ui.annotation.AnnotationTicks;
import dev.pitwall.core.replay.ReplaySource;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.source.SourceMetadata;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The replay timeline draws the session's annotations as ticks (colour by kind, the text as a
 * tooltip) where the slider's thumb stands at their time; clicking one seeks there. On a 60 s
 * simulator session in H2 with a note, a pit stop, a flag and a marker.
 */
@ExtendWith(ApplicationExtension.class)
class ReplayTimelineAnnotationsTest {
  private static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip"; // Tooltip.install's
  @TempDir Path dir;
  private Stage stage;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-replay-ticks"));

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stopExecutor() {
    background.shutdownNow();
  }

  @Test
  void annotationsAreTicksOnTheTimelineAndAClickSeeksThere(FxRobot robot) throws Exception {
    Path db = dir.resolve("pw");
    long id =
        new DesktopServices()
            .record(
                new SourceRequest(
                    "sim", "cota", 1, 2L, Double.POSITIVE_INFINITY, Duration.ofSeconds(60)),
                db)
            .sessionId();
    try (H2SessionStore store = H2SessionStore.open(db)) {
      store.annotate(id, AnnotationKind.NOTE, 8_000_000_000L, "understeer in T3", "ana");
      store.annotate(id, AnnotationKind.PIT, 24_500_000_000L, "4 tyres, 20 l", "ana");
      store.annotate(id, AnnotationKind.FLAG, 41_000_000_000L, "yellow S2", "race control");
      store.annotate(id, AnnotationKind.MARKER, 52_250_000_000L, "", "ana");
      List<Annotation> notes = store.annotations(id);
      ReplaySource source = new ReplaySource(store, id, SourceMetadata.UNKNOWN, Duration.ZERO);
      source.pause();
      ReplayFeed feed =
          ReplayFeed.start(
              source,
              store.session(id).orElseThrow(),
              Optional.of(TrackCatalog.builtIn().load("cota")));
      try {
        ReplayDesk desk = show(feed, store, id);
        // built when the annotations arrive, placed at the next layout pass
        waitFx(
            () ->
                ticks(desk).size() == 4
                    && ticks(desk).stream().allMatch(t -> t.getLayoutBounds().getHeight() >= 10),
            () -> "ticks " + ticks(desk));
        checkKindsAndTooltips(desk, notes);
        assertEquals(
            List.of("REPLAY", "REPLAY"),
            fx(
                () ->
                    stage.getScene().getRoot().lookupAll(".screen-name").stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .toList()),
            "a replay window's badge never says LIVE");
        Path png = FxSteps.shot(() -> stage.getScene(), "replay-timeline-annotations.png");
        assertTrue(Files.size(png) > 10_000);
        for (Annotation target : List.of(notes.get(2), notes.get(0))) {
          clickAndCheckSeek(robot, desk, source, target);
        }
        fxRun(desk::stop);
      } finally {
        feed.close();
      }
    }
  }

  private ReplayDesk show(ReplayFeed feed, H2SessionStore store, long id) throws Exception {
    return fx(
        () -> {
          ReplayDesk d =
              new ReplayDesk(feed, store, id, FxSteps.SHOTS, background, Platform::runLater);
          stage.setScene(d.window().scene());
          stage.setWidth(1600);
          stage.setHeight(900);
          stage.show();
          d.start();
          return d;
        });
  }

  private static List<Node> ticks(ReplayDesk desk) {
    return List.copyOf(desk.controls().ticks().getChildren());
  }

  private void checkKindsAndTooltips(ReplayDesk desk, List<Annotation> notes) throws Exception {
    List<Node> ticks = fx(() -> ticks(desk));
    for (int i = 0; i < notes.size(); i++) {
      Node tick = ticks.get(i);
      Annotation a = notes.get(i);
      assertEquals(a, AnnotationTicks.annotationOf(tick));
      assertTrue(
          tick.getStyleClass().contains(AnnotationTicks.styleClass(a.kind())),
          tick.getStyleClass().toString());
      Tooltip tip = (Tooltip) tick.getProperties().get(TOOLTIP_KEY);
      assertEquals(AnnotationList.label(a), tip.getText());
      Bounds b = fx(() -> tick.localToScene(tick.getLayoutBounds()));
      assertTrue(b.getWidth() >= 3 && b.getHeight() >= 10, "visible: " + b);
    }
    double[] x = new double[ticks.size()];
    for (int i = 0; i < x.length; i++) {
      Node tick = ticks.get(i);
      x[i] = fx(() -> tick.localToScene(tick.getLayoutBounds()).getCenterX());
    }
    assertTrue(x[0] < x[1] && x[1] < x[2] && x[2] < x[3], "in time order: " + List.of(x));
  }

  /** Clicks the tick; the replay goes there and the thumb then stands on the tick. */
  private static void clickAndCheckSeek(
      FxRobot robot, ReplayDesk desk, ReplaySource source, Annotation target) throws Exception {
    Node tick =
        fx(
            () ->
                ticks(desk).stream()
                    .filter(n -> target.equals(AnnotationTicks.annotationOf(n)))
                    .findFirst()
                    .orElseThrow());
    robot.clickOn(tick);
    waitFor(
        () -> Math.abs(source.positionNanos() - target.startNanos()) < 200_000_000L,
        "replay at " + target + ", now " + source.positionNanos());
    waitFx(
        () -> Math.abs(desk.controls().timeline().getValue() - target.startS()) < 0.2,
        () -> "slider at " + desk.controls().timeline().getValue());
    FxSteps.shot(() -> desk.window().scene(), "replay-timeline-after-seek.png");
    double thumbX =
        fx(
            () -> {
              Node thumb = desk.controls().timeline().lookup(".thumb");
              return thumb.localToScene(thumb.getLayoutBounds()).getCenterX();
            });
    double tickX = fx(() -> tick.localToScene(tick.getLayoutBounds()).getCenterX());
    assertEquals(thumbX, tickX, 2.5, "the tick stands where the thumb is at its time");
  }
}
