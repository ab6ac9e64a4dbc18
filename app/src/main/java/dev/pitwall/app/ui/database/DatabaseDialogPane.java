package dev.pitwall.app.ui.database;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.VBox;

/** The look the database password dialogs share: padding, width, dark and sessions styles. */
final class DatabaseDialogPane {
  private DatabaseDialogPane() {}

  /** Sets the dialog's content, buttons and id (for tests) and styles its pane. FX thread. */
  static void dress(Dialog<?> dialog, String id, VBox content, ButtonType... buttons) {
    content.setPadding(new Insets(12, 16, 4, 16));
    DialogPane pane = dialog.getDialogPane();
    pane.setContent(content);
    pane.getButtonTypes().setAll(buttons);
    pane.setId(id);
    pane.setPrefWidth(520);
    pane.getStylesheets()
        .addAll(
            css("/dev/pitwall/app/ui/pitwall-dark.css"),
            css("/dev/pitwall/app/ui/sessions/sessions.css"));
  }

  private static String css(String resource) {
    return Objects.requireNonNull(DatabaseDialogPane.class.getResource(resource)).toExternalForm();
  }
}
