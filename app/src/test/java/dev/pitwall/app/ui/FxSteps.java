package dev.pitwall.app.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Small steps of the headless (TestFX, Monocle) window tests: run on the FX thread, wait for a
 * condition, save a PNG. Timeouts are generous on purpose: this machine's two cores are shared with
 * other builds, and a wait that polls its condition costs nothing when the condition is met early;
 * only a real failure ever runs into them.
 */
public final class FxSteps {
  /** Where every window test writes its screenshots (looked at by a person, never asserted). */
  public static final Path SHOTS = Path.of("target", "screenshots");

  /**
   * Longest a single FX-thread call may take; only a hung FX thread reaches it (the first live
   * window with its gauge tiles takes seconds to build on a loaded machine).
   */
  private static final long FX_CALL_SECONDS = 60;

  /** Default wait for a condition: a live source on a loaded machine can take tens of seconds. */
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static final long POLL_MILLIS = 20;

  private FxSteps() {}

  /** Runs {@code call} on the FX thread and returns its result. */
  public static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(FX_CALL_SECONDS, TimeUnit.SECONDS);
  }

  /** {@link #fx} for conditions of {@link #waitFor}: a checked failure becomes unchecked. */
  public static <T> T fxQuiet(Callable<T> call) {
    try {
      return fx(call);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code r} on the FX thread and waits until it returned. */
  public static void fxRun(Runnable r) throws Exception {
    fx(
        () -> {
          r.run();
          return null;
        });
  }

  /**
   * Polls {@code done} on the FX thread every 20 ms for up to 60 s; on timeout the failure says
   * {@code what} (also computed on the FX thread), e.g. the rows the table holds.
   */
  public static void waitFx(Callable<Boolean> done, Callable<String> what) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!fx(done)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting; now: " + fx(what));
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** Polls {@code done} (on the calling thread) every 20 ms for up to 60 s. */
  public static void waitFor(BooleanSupplier done, String what) throws Exception {
    waitFor(done, WAIT, what);
  }

  /**
   * Polls {@code done} (on the calling thread) every 20 ms until it holds; fails naming {@code
   * what} after {@code timeout}. For waits whose bound is part of what the test says.
   */
  public static void waitFor(BooleanSupplier done, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toMillis() + " ms waiting for " + what);
      }
      Thread.sleep(POLL_MILLIS);
    }
  }

  /** Saves a PNG of {@code scene} under target/screenshots (after a layout pulse). */
  public static Path shot(Callable<Scene> scene, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return fx(() -> SnapshotWriter.write(scene.call(), SHOTS.resolve(name), Runnable::run))
        .get(FX_CALL_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * {@link #shot} of a dialog that was just filled in: waits 200 ms first so that the validation
   * message and the dialog's own layout have settled on the picture.
   */
  public static Path settledShot(Callable<Scene> scene, String name) throws Exception {
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    return shot(scene, name);
  }

  /**
   * Saves a PNG of the whole {@code window} as its Snapshot button does (on the window's own
   * background writer). Waits 400 ms first: gauges and charts redraw on animation pulses, so the
   * picture shows what settled on screen rather than a half-drawn frame.
   */
  public static Path saveWindow(MainWindow window, String name) throws Exception {
    WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    return fx(() -> window.saveSnapshot(SHOTS.resolve(name)))
        .get(FX_CALL_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * The showing stage whose title starts with {@code titlePrefix} (a dialog or second window the
   * test opened through the UI), or null; call on the FX thread, e.g. inside {@link #waitFx}.
   */
  public static Stage showingStage(String titlePrefix) {
    for (Window w : Window.getWindows()) {
      if (w instanceof Stage s
          && s.isShowing()
          && s.getTitle() != null
          && s.getTitle().startsWith(titlePrefix)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The stage TestFX's ApplicationExtension set up for the running test: the one an {@code @Start}
   * method receives, for tests that need nothing else from {@code @Start}. Valid from the test
   * method on (the extension registers it before each test).
   */
  public static Stage testStage() {
    return FxToolkit.toolkitContext().getRegisteredStage();
  }

  /** Puts {@code window} on {@code stage} and starts it, as FxWindow does; on the FX thread. */
  public static MainWindow show(Stage stage, MainWindow window) {
    stage.setScene(window.scene());
    stage.show();
    window.start();
    return window;
  }

  /**
   * Puts {@code window} on {@code stage} at the window's preferred size and starts it; on the FX
   * thread. TestFX reuses one stage across tests: this undoes the size an earlier test left.
   */
  public static MainWindow showAtPreferredSize(Stage stage, MainWindow window) {
    stage.setScene(window.scene());
    stage.sizeToScene();
    stage.show();
    window.start();
    return window;
  }

  /**
   * Puts {@code window} on {@code stage} at a fixed size (the Strategy screen wants room) and
   * starts it; on the FX thread. Switch screens after this: TilesFX tiles need their scene while it
   * is put on the stage.
   */
  public static MainWindow show(Stage stage, MainWindow window, double width, double height) {
    stage.setScene(window.scene());
    stage.setWidth(width);
    stage.setHeight(height);
    stage.show();
    window.start();
    return window;
  }

  /** Stops {@code window} (its session keeps running) and hides its stage, on the FX thread. */
  public static void close(MainWindow window, Stage stage) throws Exception {
    fxRun(
        () -> {
          window.stop();
          stage.hide();
        });
  }
}
