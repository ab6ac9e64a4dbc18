package dev.pitwall.app.ui.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for the password of an encrypted session database at start, before the store is opened. A
 * previous failure ("Wrong password — try again") is shown above the field. The password is handed
 * over as a char array and the field is emptied; it is never logged or stored.
 *
 * <p>Thread contract: FX thread. Shown without blocking; the answer arrives through a callback: the
 * password, or empty when the user chose Quit or closed the dialog.
 */
public final class PasswordDialog {
  public static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
  public static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final PasswordField field = new PasswordField();
  private final Label problem = new Label();

  private PasswordDialog(Path db, String problemText) {
    dialog.setTitle("PitWall — encrypted database");
    dialog.setHeaderText("The session database is encrypted");
    field.setId("password-field");
    field.setPromptText("password");
    problem.setId("password-message");
    problem.setText(problemText);
    problem.setWrapText(true);
    problem.setMinHeight(20);
    Label file = new Label("Password for " + db.toAbsolutePath());
    file.setWrapText(true);
    DatabaseDialogPane.dress(
        dialog, "password-dialog", new VBox(8, file, field, problem), OPEN, QUIT);
    dialog.setOnShown(e -> Platform.runLater(field::requestFocus));
  }

  /**
   * Shows the dialog for database {@code db}.
   *
   * @param problemText why it is asked again ("Wrong password — try again"), or blank
   * @param answer receives the password (the caller clears the array after use) or empty on Quit
   */
  public static PasswordDialog show(
      Path db, String problemText, Consumer<Optional<char[]>> answer) {
    PasswordDialog d = new PasswordDialog(db, problemText);
    d.dialog.setOnHidden(e -> answer.accept(d.take()));
    d.dialog.show();
    return d;
  }

  private Optional<char[]> take() {
    char[] password = field.getText().toCharArray();
    field.clear();
    if (dialog.getResult() == OPEN) {
      return Optional.of(password);
    }
    java.util.Arrays.fill(password, '\0');
    return Optional.empty();
  }

  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  public PasswordField field() {
    return field;
  }

  public Label problem() {
    return problem;
  }
}
