package dev.pitwall.app.ui;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.fake.FakeLiveFeed;
import dev.pitwall.app.ui.laps.LapRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live window on three simulated cars lapping a synthetic circuit, each publishing the 28
 * shared channels at 100 Hz (84 channels, 8,400 samples/s) into a real bus and lap timer.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  private FakeLiveFeed feed;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    feed = new FakeLiveFeed(3).start();
    window = new MainWindow(feed, FxSteps.SHOTS, Runnable::run);
    stage.setTitle("PitWall");
    FxSteps.showAtPreferredSize(stage, window);
  }

  @AfterEach
  void stop() throws Exception {
    fxRun(window::stop);
    feed.close();
  }

  @Test
  void gaugesMoveAndLapTableFillsWhileTheCarLaps() throws Exception {
    Set<Double> speeds = new HashSet<>();
    Set<Double> rpms = new HashSet<>();
    Set<Double> throttles = new HashSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
    List<LapRow> rows = List.of();
    boolean measuring = false;
    while (System.nanoTime() < deadline) {
      if (!measuring && completed(rows) >= 1) {
        measuring = true; // measure frame costs from here on, after start-up
        fx(
            () -> {
              window.live().pullCost().reset();
              window.live().frameCost().reset();
              window.live().frameCpu().reset();
              return null;
            });
      }
      speeds.add(fx(() -> window.live().gauges().tile("speed").getValue()));
      rpms.add(fx(() -> window.live().gauges().tile("rpm").getValue()));
      throttles.add(fx(() -> window.live().gauges().tile("throttle").getValue()));
      rows = fx(() -> window.live().lapTable().rows());
      if (completed(rows) >= 2 && speeds.size() > 10) {
        break;
      }
      Thread.sleep(200);
    }
    save("live-screen.png");

    assertTrue(speeds.size() > 10, "speed gauge values seen: " + speeds);
    assertTrue(rpms.size() > 10, "rpm gauge values seen: " + rpms);
    assertTrue(throttles.size() > 3, "throttle gauge values seen: " + throttles);
    assertTrue(completed(rows) >= 2, "completed laps in table: " + rows);
    assertEquals(LapRow.Kind.CURRENT, rows.get(0).kind());
    assertTrue(rows.stream().anyMatch(r -> r.kind() == LapRow.Kind.BEST), "best lap marked");
    long ownLaps = feed.laps().stream().filter(l -> l.car() == 0).count();
    assertEquals(ownLaps, completed(rows), "table shows every lap the timer reported for car 0");
    assertEquals(List.of(0, 1, 2), fx(() -> window.live().channels().cars()));
    assertEquals(3, rows.get(1).sectors().size(), "sector times of a completed lap");
    assertNotEquals("", rows.get(0).time(), "current lap runs");
    assertEquals(0, window.live().uiDroppedSamples(), "UI subscription dropped samples");
    assertEquals(0, feed.droppedSamples(), "no consumer of the bus dropped samples");
    assertEquals(
        "dropped 0", fx(() -> ((Label) window.scene().lookup("#status-dropped")).getText()));
    assertEquals("STREAMING", fx(() -> ((Label) window.scene().lookup("#status-state")).getText()));
    report();
  }

  private static long completed(List<LapRow> rows) {
    return rows.stream().filter(r -> r.kind() != LapRow.Kind.CURRENT).count();
  }

  @Test
  void savesASnapshotPngOfTheWholeWindow() throws Exception {
    Thread.sleep(1500);
    Path file = FxSteps.SHOTS.resolve("snapshot-action.png");
    Files.deleteIfExists(file);
    Path written = fx(() -> window.saveSnapshot(file)).get(10, TimeUnit.SECONDS);

    var image = javax.imageio.ImageIO.read(written.toFile());
    double[] size = fx(() -> new double[] {window.scene().getWidth(), window.scene().getHeight()});
    assertEquals((int) size[0], image.getWidth());
    assertEquals((int) size[1], image.getHeight());
    assertTrue(image.getWidth() >= 1000, "width " + image.getWidth());
  }

  @Test
  void fitsALaptopScreen() throws Exception {
    fxRun(
        () -> {
          var stage = (Stage) window.scene().getWindow();
          stage.setWidth(1280);
          stage.setHeight(720);
        });
    Thread.sleep(2500);
    save("live-screen-1280x720.png");
    double sceneWidth = fx(() -> window.scene().getWidth());
    assertEquals(1280, sceneWidth, 1);
  }

  private void save(String name) throws Exception {
    FxSteps.saveWindow(window, name); // chart-fx draws in a post-layout pulse: it waits for it
  }

  private void report() throws Exception {
    String text =
        fx(
            () -> {
              LiveScreen live = window.live();
              return String.format(
                  Locale.ROOT,
                  "channels=%d published=%d uiDrained=%d uiDropped=%d busDropped=%d frames=%d%n"
                      + "pull+update ms: mean %.3f p50 %.3f p95 %.3f p99 %.3f max %.3f%n"
                      + "pull..chart drawn ms: mean %.3f p50 %.3f p95 %.3f p99 %.3f max %.3f%n"
                      + "same span, FX-thread CPU ms: mean %.3f p50 %.3f p95 %.3f p99 %.3f max %.3f%n",
                  feed.channelCount(),
                  feed.publishedSamples(),
                  live.channels().drainedSamples(),
                  live.uiDroppedSamples(),
                  feed.droppedSamples(),
                  live.pullCost().frames(),
                  live.pullCost().meanMs(),
                  live.pullCost().quantileMs(0.5),
                  live.pullCost().quantileMs(0.95),
                  live.pullCost().quantileMs(0.99),
                  live.pullCost().quantileMs(1.0),
                  live.frameCost().meanMs(),
                  live.frameCost().quantileMs(0.5),
                  live.frameCost().quantileMs(0.95),
                  live.frameCost().quantileMs(0.99),
                  live.frameCost().quantileMs(1.0),
                  live.frameCpu().meanMs(),
                  live.frameCpu().quantileMs(0.5),
                  live.frameCpu().quantileMs(0.95),
                  live.frameCpu().quantileMs(0.99),
                  live.frameCpu().quantileMs(1.0));
            });
    System.out.println("[live-screen measurement] " + text);

    Files.createDirectories(FxSteps.SHOTS);
    Files.writeString(FxSteps.SHOTS.resolve("frame-cost.txt"), text);
  }
}
