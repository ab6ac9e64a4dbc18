package dev.pitwall.app.ui.sessions;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * The session browser's small questions: confirm a delete, type a new name. Both are shown without
 * blocking (no nested event loop) and answer through a callback; they are returned so a caller (or
 * a test) can reach their buttons.
 *
 * <p>Thread contract: FX thread.
 */
final class SessionDialogs {
  static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);

  private SessionDialogs() {}

  /**
   * Asks whether to delete {@code row}; {@code onDelete} runs only when the user chooses Delete.
   */
  static Alert confirmDelete(Window owner, SessionRow row, Runnable onDelete) {
    Alert alert = new Alert(Alert.AlertType.WARNING, "", DELETE, ButtonType.CANCEL);
    alert.setTitle("Delete session");
    alert.setHeaderText("Delete " + row.describe() + "?");
    alert.setContentText(
        String.format(
            Locale.ROOT,
            "Its %s samples and %d laps are removed from the database. This cannot be undone.",
            SessionRow.samplesText(row.samples()),
            row.laps()));
    // Cancel is the default: Enter must not delete a session by accident
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(DELETE))
        .setDefaultButton(false);
    ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL))
        .setDefaultButton(true);
    alert.getDialogPane().setId("delete-dialog");
    alert.getDialogPane().setPrefWidth(560);
    prepare(alert, owner);
    alert.setOnHidden(
        e -> {
          if (alert.getResult() == DELETE) {
            onDelete.run();
          }
        });
    alert.show();
    return alert;
  }

  /** Asks for a new name of {@code row}; blank removes it. */
  static TextInputDialog rename(Window owner, SessionRow row, Consumer<String> onRename) {
    TextInputDialog dialog = new TextInputDialog(row.title());
    dialog.setTitle("Rename session");
    dialog.setHeaderText("Name for " + row.describe() + "\nA blank name removes it.");
    dialog.setContentText("Name");
    dialog.getEditor().setId("rename-text");
    dialog.getEditor().setPrefColumnCount(32);
    dialog.getDialogPane().setId("rename-dialog");
    dialog.getDialogPane().setPrefWidth(560);
    prepare(dialog, owner);
    dialog.setOnHidden(
        e -> {
          String name = dialog.getResult();
          if (name != null) {
            onRename.accept(name.strip());
          }
        });
    dialog.show();
    return dialog;
  }

  static void prepare(Dialog<?> dialog, Window owner) {
    if (owner != null) {
      dialog.initOwner(owner);
      if (owner.getScene() != null) {
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
      }
    }
    dialog
        .getDialogPane()
        .getStylesheets()
        .add(SessionDialogs.class.getResource("sessions.css").toExternalForm());
    dialog.setResizable(true);
  }
}
