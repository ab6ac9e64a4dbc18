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
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.annotation.AnnotationList;
import dev.pitwall.app.ui.annotation.MarkBar;
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
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Marking live (button with a kind and text, then key M) on the simulated car recording into H2,
 * and the replay window listing those marks and seeking to one on click.
 */
@ExtendWith(ApplicationExtension.class)
class AnnotationWindowTest {
  @TempDir Path dir;
  private Stage stage;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "test-annotations"));

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @AfterEach
  void stopExecutor() {
    background.shutdownNow();
  }

  @Test
  void markAddedLiveIsStoredAndTheReplayListsItAndSeeksThere(FxRobot robot) throws Exception {
    SourceFactory.Prepared prepared =
        new SourceFactory(TrackCatalog.builtIn())
            .create(new SourceRequest("sim", "cota", 1, 5L, 10.0, null));
    try (H2SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      LiveSession session = LiveSession.start(prepared.source(), store, prepared.track(), null);
      long id = Long.parseLong(session.sessionId());
      try {
        markLive(robot, session, store);
      } finally {
        session.close();
      }
      List<Annotation> marks = store.annotations(id);
      assertEquals(List.of(AnnotationKind.SETUP, AnnotationKind.MARKER), kinds(marks));
      assertEquals("brake bias +2", marks.get(0).text());
      assertTrue(marks.get(0).startNanos() > 3_000_000_000L, marks.toString());
      assertTrue(marks.get(1).startNanos() >= marks.get(0).startNanos(), marks.toString());
      assertTrue(
          marks.get(1).startNanos() <= store.session(id).orElseThrow().duration().toNanos(),
          "a mark lies within the recorded session");
      replayAndSeek(robot, store, id, marks.get(1));
    }
  }

  private void markLive(FxRobot robot, LiveSession session, H2SessionStore store) throws Exception {
    long id = Long.parseLong(session.sessionId());
    MarkBar bar =
        fx(
            () -> {
              MainWindow window = new MainWindow(session, dir.resolve("snapshots"), background);
              stage.setScene(window.scene());
              stage.show();
              window.start();
              return LiveMarks.attach(window, session, store, background);
            });
    waitFor(() -> session.sessionTimeS() > 3, "3 s of session time");
    fxRun(() -> bar.kind().setValue(AnnotationKind.SETUP));
    robot.clickOn("#mark-text").write("brake bias +2");
    robot.clickOn("#mark-button");
    waitFor(() -> store.annotations(id).size() == 1, "the setup change in H2");
    waitFx(() -> bar.status().getText().startsWith("setup at"), () -> bar.status().getText());
    fxRun(() -> bar.kind().setValue(AnnotationKind.MARKER));
    robot.clickOn("#mark-status"); // focus off the text field: M is a key, not a letter
    Thread.sleep(300); // a later session time than the first mark
    robot.type(KeyCode.M);
    waitFor(() -> store.annotations(id).size() == 2, "the marker from key M in H2");
    waitFx(() -> bar.status().getText().startsWith("marker at"), () -> bar.status().getText());
    Path png = FxSteps.shot(() -> stage.getScene(), "live-mark.png");
    assertTrue(Files.size(png) > 10_000);
  }

  private void replayAndSeek(FxRobot robot, H2SessionStore store, long id, Annotation target)
      throws Exception {
    ReplaySource source = new ReplaySource(store, id, SourceMetadata.UNKNOWN, Duration.ZERO);
    source.pause();
    var summary = store.session(id).orElseThrow();
    ReplayFeed feed =
        ReplayFeed.start(source, summary, Optional.of(TrackCatalog.builtIn().load("cota")));
    try {
      ReplayDesk desk =
          fx(
              () -> {
                ReplayDesk d =
                    new ReplayDesk(feed, store, id, FxSteps.SHOTS, background, Platform::runLater);
                stage.setScene(d.window().scene());
                stage.show();
                d.start();
                return d;
              });
      waitFx(
          () -> robot.lookup("#annotation-list").queryListView().getItems().size() == 2,
          () -> robot.lookup("#annotation-list").queryListView().getItems().toString());
      Path png = FxSteps.shot(() -> stage.getScene(), "replay-annotations.png");
      assertTrue(Files.size(png) > 10_000);
      String label = AnnotationList.label(target);
      robot.clickOn(
          robot
              .from(robot.lookup("#annotation-list").queryListView())
              .lookup((ListCell<?> c) -> label.equals(c.getText()))
              .queryAs(ListCell.class));
      waitFor(
          () -> Math.abs(source.positionNanos() - target.startNanos()) < 200_000_000L,
          "replay at the clicked mark, now " + source.positionNanos());
      fxRun(desk::stop);
    } finally {
      feed.close();
    }
  }

  private static List<AnnotationKind> kinds(List<Annotation> marks) {
    return marks.stream().map(Annotation::kind).toList();
  }
}
