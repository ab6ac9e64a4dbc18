package dev.pitwall.app.ui;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.fake.FakeLiveFeed;
import dev.pitwall.app.ui.fake.TumTrackCsv;
import dev.pitwall.core.track.TrackLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The live screen on a real circuit (Circuit of the Americas, TUM racetrack database). */
@ExtendWith(ApplicationExtension.class)
class RealCircuitScreenTest {
  private static final Path AUSTIN =
      Path.of(System.getProperty("pitwall.data", "../shared/data"))
          .resolve("tracks/TUMFTM_racetrack-database/tracks/Austin.csv");

  private FakeLiveFeed feed;
  private MainWindow window;
  private TrackLayout track;

  @Start
  void start(Stage stage) throws Exception {
    if (!Files.isReadable(AUSTIN)) {
      return; // the test below is skipped with a message
    }
    track = TumTrackCsv.read(AUSTIN, "Circuit of the Americas");
    feed = new FakeLiveFeed(4, track).start();
    window = new MainWindow(feed, FxSteps.SHOTS, Runnable::run);
    FxSteps.showAtPreferredSize(stage, window);
  }

  @AfterEach
  void stop() throws Exception {
    if (window != null) {
      fxRun(window::stop);
      feed.close();
    }
  }

  @Test
  void drawsTheCircuitAndTheCarsOnIt() throws Exception {
    Assumptions.assumeTrue(
        Files.isReadable(AUSTIN), "shared data absent (set -Dpitwall.data): " + AUSTIN);
    Thread.sleep(4000);
    FxSteps.saveWindow(window, "live-screen-austin.png");

    assertTrue(track.lengthM() > 5000 && track.lengthM() < 5600, "COTA is 5.5 km");
    double[] pos =
        fx(
            () ->
                new double[] {
                  window.live().channels().latest("car3/posX"),
                  window.live().channels().latest("car3/posY")
                });
    assertTrue(Double.isFinite(pos[0]) && Double.isFinite(pos[1]), "car 3 has a position");
    assertTrue(
        fx(
            () ->
                window.scene().getRoot().lookupAll(".panel-title").stream()
                    .anyMatch(n -> ((Label) n).getText().equals("Circuit of the Americas"))));
    assertEquals(0, feed.droppedSamples());
  }
}
