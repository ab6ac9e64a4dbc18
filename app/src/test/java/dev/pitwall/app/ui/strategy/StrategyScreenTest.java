package dev.pitwall.app.ui.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.race.montecarlo.McsFileReader;
import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.RaceFileReader;
import dev.pitwall.analytics.strategy.StrategyEngine;
import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.analytics.strategy.StrategySettings;
import dev.pitwall.analytics.strategy.TumRaceReplay;
import dev.pitwall.app.ui.SnapshotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Strategy screen on a replay of the 2019 Austrian GP (TUM parameter file) with HAM as our car:
 * lap by lap the replay reveals our lap times and the screen must update after each lap.
 */
@ExtendWith(ApplicationExtension.class)
class StrategyScreenTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String DRIVER = "HAM";

  private ExecutorService pool;
  private ExecutorService background;
  private StrategyScreen screen;
  private TumRaceReplay replay;
  private Scene scene;

  @Start
  void start(Stage stage) {
    Path tum = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum");
    Assumptions.assumeTrue(
        Files.isRegularFile(tum.resolve("pars_Spielberg_2019.ini")),
        "TUM data not found under " + tum + "; skipping the strategy screen test");
    RaceDefinition file = RaceFileReader.read(tum.resolve("pars_Spielberg_2019.ini"));
    McsParams mcs = McsFileReader.read(tum.resolve("pars_mcs.ini"));
    pool = Executors.newFixedThreadPool(2);
    background = Executors.newSingleThreadExecutor();
    StrategyEngine engine = new StrategyEngine(file, mcs, pool, StrategySettings.live(2));
    replay = new TumRaceReplay(file, mcs, DRIVER, 11);
    screen = new StrategyScreen(engine, DRIVER, background);
    scene = new Scene(new javafx.scene.layout.StackPane(screen.node()), 1600, 900);
    scene
        .getStylesheets()
        .add(dev.pitwall.app.ui.MainWindow.class.getResource("pitwall-dark.css").toExternalForm());
    stage.setScene(scene);
    stage.sizeToScene();
    stage.show();
  }

  @AfterEach
  void stop() {
    if (pool != null) {
      background.shutdownNow();
      pool.shutdownNow();
    }
  }

  @Test
  void updatesAfterEachSimulatedLap() throws Exception {
    screen.lapCompleted(replay.atLap(2));
    StrategyReport early = awaitReport(r -> r.lapsCompleted() == 2);
    assertFalse(early.ready());
    assertTrue(radioText().startsWith("Not enough data yet"), radioText());
    snapshot("strategy-lap02-not-enough-data.png");

    screen.lapCompleted(replay.atLap(12));
    StrategyReport lap12 = awaitReport(r -> r.lapsCompleted() == 12);
    assertTrue(lap12.ready(), lap12.reason());
    assertEquals(lap12.ranked().size(), fx(() -> screen.table().rows().size()));
    assertFalse(radioText().contains("NaN"));
    assertTrue(radioText().matches(".*\\d+.*"), radioText());
    snapshot("strategy-lap12.png");

    screen.lapCompleted(replay.atLap(13));
    StrategyReport lap13 = awaitReport(r -> r.lapsCompleted() == 13);
    assertTrue(lap13.ready());
    assertTrue(fx(() -> statusText().startsWith("lap 13/71")), statusText());
    assertEquals(lap13.radio(), radioText());
    assertEquals(lap13.ranked().size(), fx(() -> screen.table().rows().size()));
  }

  @Test
  void safetyCarWhatIfRecomputesAndLatestLapWins() throws Exception {
    for (int lap = 14; lap <= 18; lap++) {
      screen.lapCompleted(replay.atLap(lap)); // faster than the engine: older laps superseded
    }
    StrategyReport lap18 = awaitReport(r -> r.lapsCompleted() == 18);
    assertTrue(lap18.ready());
    assertTrue(screen.superseded() > 0, "older laps should have been superseded");
    fx(
        () -> {
          screen.whatIf().safetyCar().setSelected(true);
          return null;
        });
    StrategyReport sc = awaitReport(r -> r != lap18 && r.lapsCompleted() == 18);
    assertTrue(sc.ready());
    snapshot("strategy-lap18-safety-car.png");
  }

  private StrategyReport awaitReport(Predicate<StrategyReport> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      StrategyReport r = fx(() -> screen.shown());
      if (r != null && done.test(r)) {
        return r;
      }
      WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
    }
    throw new AssertionError("no matching strategy report within 60 s");
  }

  private String radioText() throws Exception {
    return fx(() -> ((Label) scene.lookup("#strategy-radio")).getText());
  }

  private String statusText() throws Exception {
    return fx(() -> ((Label) scene.lookup("#strategy-status")).getText());
  }

  private void snapshot(String name) throws Exception {
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    Files.createDirectories(SCREENSHOTS);
    fx(() -> SnapshotWriter.write(scene, SCREENSHOTS.resolve(name), Runnable::run))
        .get(10, TimeUnit.SECONDS);
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}
