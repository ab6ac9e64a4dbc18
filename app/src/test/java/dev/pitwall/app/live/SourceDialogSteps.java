package dev.pitwall.app.live;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sources.SourceDialog;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * What a user does in File → Connect source…'s dialog, by the controls' ids. The methods that touch
 * the controls run on the FX thread only: call them inside {@link FxSteps#fxRun} or {@link
 * FxSteps#fx}.
 */
final class SourceDialogSteps {
  private SourceDialogSteps() {}

  /**
   * Shows the live window on {@code first} on {@code stage} as FxWindow builds it, with File →
   * Connect source… wired to {@code switcher}; snapshots go to {@code snapshotDir} on {@code
   * background}. Call from the test thread.
   */
  static MainWindow showLiveWindow(
      Stage stage, LiveSession first, LiveSwitcher switcher, Path snapshotDir, Executor background)
      throws Exception {
    return FxSteps.fx(
        () -> {
          MainWindow window = new MainWindow(first, snapshotDir, background);
          window.setSourceConnector(switcher);
          return FxSteps.show(stage, window);
        });
  }

  /** Picks {@code kind} and types {@code uri}, and {@code dbc} unless it is empty. */
  static void fill(SourceDialog dialog, SourceKind kind, String uri, String dbc) {
    ComboBox<SourceKind> k = lookup(dialog, "#source-kind");
    k.setValue(kind);
    ((TextField) lookup(dialog, "#source-uri")).setText(uri);
    if (!dbc.isEmpty()) {
      ((TextField) lookup(dialog, "#source-dbc")).setText(dbc);
    }
  }

  /** Presses "Connect". */
  static void connect(SourceDialog dialog) {
    ((Button) lookup(dialog, "#source-connect")).fire();
  }

  /** The validation or connection message under the fields ("" when all is well). */
  static Label message(SourceDialog dialog) {
    return lookup(dialog, "#source-message");
  }

  @SuppressWarnings("unchecked")
  static <T> T lookup(SourceDialog dialog, String id) {
    return (T) dialog.stage().getScene().lookup(id);
  }
}
