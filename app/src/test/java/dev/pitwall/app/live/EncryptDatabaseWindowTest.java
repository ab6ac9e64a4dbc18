package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.shot;
import static dev.pitwall.app.ui.FxSteps.waitFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.database.EncryptDialog;
import dev.pitwall.app.ui.sessions.PathChooser;
import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2SessionStore;
import dev.pitwall.storage.h2.H2StoreOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * File → Encrypt database… headless on a real H2 file: two different passwords are refused, equal
 * ones are accepted, and the file is encrypted (with its four sessions) once the window's store has
 * closed; the password appears in no message.
 */
@ExtendWith(ApplicationExtension.class)
class EncryptDatabaseWindowTest {
  private static final String SECRET = "Pit-Lane-Open-2026";

  @TempDir Path dir;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  private static void type(EncryptDialog d, String password, String repeat) throws Exception {
    fxRun(
        () -> {
          var pane = d.dialog().getDialogPane();
          ((PasswordField) pane.lookup("#encrypt-password")).setText(password);
          ((PasswordField) pane.lookup("#encrypt-repeat")).setText(repeat);
          d.encryptButton().fire();
        });
  }

  private static String message(EncryptDialog d) throws Exception {
    return fx(() -> ((Label) d.dialog().getDialogPane().lookup("#encrypt-message")).getText());
  }

  @Test
  void encryptsTheWindowsDatabaseWhenItsStoreHasClosed() throws Exception {
    Path db = dir.resolve("pw");
    SessionFixtures.write(db);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    EncryptDialog dialog;
    try (EncryptOnClose encryption =
            new EncryptOnClose(db, new PrintWriter(out), new PrintWriter(err));
        H2SessionStore store = H2SessionStore.open(db);
        SessionsDesk desk = new SessionsDesk(store, db, dir, PathChooser.platform())) {
      desk.encryptWith(encryption);
      MainWindow window =
          fx(
              () -> {
                MainWindow w = new MainWindow(new IdleFeed("idle"), dir, Runnable::run);
                stage.setScene(w.scene());
                stage.show();
                desk.attach(w);
                w.start();
                return w;
              });
      MenuItem item =
          fx(
              () ->
                  ((MenuBar) window.scene().lookup("#main-menu"))
                      .getMenus().get(0).getItems().stream()
                          .filter(i -> "menu-encrypt".equals(i.getId()))
                          .findFirst()
                          .orElseThrow());
      assertEquals("Encrypt database…", item.getText());
      dialog = fx(() -> desk.openEncryptDialog(window, encryption));
      type(dialog, SECRET, SECRET + "x");
      assertEquals("The two passwords differ", message(dialog));
      type(dialog, SECRET, SECRET);
      waitFx(() -> message(dialog).contains("will be encrypted when PitWall closes"), () -> "");
      assertFalse(message(dialog).contains(SECRET));
      shot(() -> dialog.dialog().getDialogPane().getScene(), "encrypt-database-dialog.png");
      assertFalse(H2DatabaseFile.isEncrypted(db), "not while the window has it open");
      fxRun(
          () -> {
            dialog.dialog().close();
            window.stop();
            stage.hide();
          });
    }
    assertTrue(H2DatabaseFile.isEncrypted(db), out + " / " + err);
    assertTrue(out.toString().contains("encrypted (4 sessions)"), out.toString());
    assertFalse(out.toString().contains(SECRET) || err.toString().contains(SECRET));
    try (H2SessionStore reopened =
        H2SessionStore.open(db, H2StoreOptions.defaults().withPassword(SECRET.toCharArray()))) {
      assertEquals(4, reopened.sessions().size());
    }
  }
}
