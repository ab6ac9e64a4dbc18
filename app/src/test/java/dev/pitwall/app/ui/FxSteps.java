package dev.pitwall.app.live;

import dev.pitwall.app.ui.SnapshotWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** Small steps of the headless UI tests: run on the FX thread, wait for a condition, save a PNG. */
final class FxSteps {
  static final Path SHOTS = Path.of("target", "screenshots");

  private FxSteps() {}

  static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }

  static void fxRun(Runnable r) throws Exception {
    fx(
        () -> {
          r.run();
          return null;
        });
  }

  /** Polls {@code done} on the FX thread; generous: two shared cores on this machine. */
  static void waitFx(Callable<Boolean> done, Callable<String> what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!fx(done)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting; now: " + fx(what));
      }
      Thread.sleep(40);
    }
  }

  static void waitFor(BooleanSupplier done, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(40);
    }
  }

  /** Saves a PNG of {@code scene} under target/screenshots (after a layout pulse). */
  static Path shot(Callable<Scene> scene, String name) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    return fx(() -> SnapshotWriter.write(scene.call(), SHOTS.resolve(name), Runnable::run))
        .get(20, TimeUnit.SECONDS);
  }
}
