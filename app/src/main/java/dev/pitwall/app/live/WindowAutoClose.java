package dev.pitwall.app.live;

import dev.pitwall.app.ui.MainWindow;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --exit-after} and {@code --screenshot} of the live and replay windows: the window closes
 * by itself after a wall-clock time, saving a PNG of itself first when asked (e.g. on a headless
 * host).
 */
public final class WindowAutoClose {
  private WindowAutoClose() {}

  /** {@code exitAfter}, or 5 s when only a screenshot is asked for; null to stay open. */
  public static Duration closeAfter(Path screenshot, Duration exitAfter) {
    return exitAfter == null && screenshot != null ? Duration.ofSeconds(5) : exitAfter;
  }

  /**
   * Closes {@code stage} after {@code closeAfter} (nothing when null), saving {@code screenshot} of
   * {@code window} first when it is not null; success or failure of the save goes to {@code err}.
   * FX thread.
   */
  public static void schedule(
      MainWindow window, Stage stage, Duration closeAfter, Path screenshot, PrintWriter err) {
    if (closeAfter == null) {
      return;
    }
    PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(closeAfter.toMillis()));
    wait.setOnFinished(e -> close(window, stage, screenshot, err));
    wait.play();
  }

  private static void close(MainWindow window, Stage stage, Path screenshot, PrintWriter err) {
    if (screenshot == null) {
      stage.hide();
      return;
    }
    window
        .saveSnapshot(screenshot.toAbsolutePath())
        .whenComplete(
            (path, error) -> {
              err.println(
                  error == null
                      ? "pitwall: screenshot saved to " + path
                      : "pitwall: screenshot failed: " + error.getMessage());
              err.flush();
              Platform.runLater(stage::hide);
            });
  }
}
