package dev.pitwall.app.ui.database;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * File → Encrypt database…: a new password twice; "Encrypt" hands it to the {@link Encryptor} on
 * the background executor and shows its one-line result (green) or why not (red) in the dialog. The
 * fields are emptied and the char arrays wiped after the hand-over; nothing is logged.
 *
 * <p>Thread contract: FX thread; the encryptor runs on {@code background}.
 */
public final class EncryptDialog {
  public static final ButtonType ENCRYPT = new ButtonType("Encrypt", ButtonBar.ButtonData.OK_DONE);

  /** Encrypts the session database under {@code password} (copy it: it is wiped afterwards). */
  @FunctionalInterface
  public interface Encryptor {
    /**
     * Blocks (background thread).
     *
     * @return one line for the user
     * @throws RuntimeException whose message says in one line why not
     */
    String encrypt(char[] password);
  }

  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final PasswordField first = new PasswordField();
  private final PasswordField again = new PasswordField();
  private final Label message = new Label();
  private final Encryptor encryptor;
  private final Executor background;
  private final Executor toFx;

  public EncryptDialog(Window owner, Encryptor encryptor, Executor background, Executor toFx) {
    this.encryptor = Objects.requireNonNull(encryptor);
    this.background = background;
    this.toFx = toFx;
    dialog.initOwner(owner);
    dialog.setTitle("PitWall — encrypt database");
    dialog.setHeaderText("Encrypt the session database with AES");
    first.setId("encrypt-password");
    first.setPromptText("new password");
    again.setId("encrypt-repeat");
    again.setPromptText("repeat the password");
    message.setId("encrypt-message");
    message.setWrapText(true);
    message.setMinHeight(40);
    Label hint = new Label("Without the password the sessions cannot be read: keep it safe.");
    hint.setWrapText(true);
    DatabaseDialogPane.dress(
        dialog,
        "encrypt-dialog",
        new VBox(8, hint, first, again, message),
        ENCRYPT,
        ButtonType.CLOSE);
    encryptButton().addEventFilter(ActionEvent.ACTION, e -> onEncrypt(e));
  }

  public Dialog<ButtonType> dialog() {
    return dialog;
  }

  public Button encryptButton() {
    return (Button) dialog.getDialogPane().lookupButton(ENCRYPT);
  }

  public void show() {
    dialog.show();
  }

  private void onEncrypt(ActionEvent e) {
    e.consume(); // the dialog stays open to show the result
    char[] password = first.getText().toCharArray();
    char[] repeated = again.getText().toCharArray();
    first.clear();
    again.clear();
    String problem = problem(password, repeated);
    Arrays.fill(repeated, '\0');
    if (problem != null) {
      Arrays.fill(password, '\0');
      show(false, problem);
      return;
    }
    encryptButton().setDisable(true);
    show(true, "Encrypting…");
    CompletableFuture.supplyAsync(() -> encryptor.encrypt(password), background)
        .whenCompleteAsync(
            (done, error) -> {
              Arrays.fill(password, '\0');
              encryptButton().setDisable(error == null);
              show(error == null, error == null ? done : "Not encrypted: " + oneLine(error));
            },
            toFx);
  }

  private static String problem(char[] password, char[] repeated) {
    if (password.length == 0) {
      return "Type a password";
    }
    if (!Arrays.equals(password, repeated)) {
      return "The two passwords differ";
    }
    for (char c : password) {
      if (c == ' ') {
        return "A password cannot contain spaces (H2 cannot take them)";
      }
    }
    return null;
  }

  private void show(boolean ok, String text) {
    message.setText(text);
    message.setStyle(ok ? "-fx-text-fill: #4caf50;" : "-fx-text-fill: #ef5350;");
  }

  private static String oneLine(Throwable error) {
    Throwable t = error.getCause() != null ? error.getCause() : error;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return m.lines().findFirst().orElse(m).strip();
  }
}
