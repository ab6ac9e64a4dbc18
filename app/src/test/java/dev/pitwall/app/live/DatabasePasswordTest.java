package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.database.PasswordDialog;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.h2.H2SessionStore;
import dev.pitwall.storage.h2.H2StoreOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The password asked at start for an encrypted database, headless: the dialog comes before the
 * store is opened, a wrong password is asked again with the reason, the right one opens the store,
 * Quit opens nothing; a plain database is opened without asking.
 */
@ExtendWith(ApplicationExtension.class)
class DatabasePasswordTest {
  private static final String SECRET = "pit-wall-2026";
  @TempDir Path dir;
  private Path db;

  @Start
  void start(Stage stage) {
    // the dialog needs no owner: it comes before the main window
  }

  @BeforeEach
  void encryptedDatabase() {
    db = dir.resolve("secret");
    try (SessionStore store =
        H2SessionStore.open(db, H2StoreOptions.defaults().withPassword(SECRET.toCharArray()))) {
      store.startSession(new SessionInfo("GR86", "Ana", "cota", "sim:cota", Instant.EPOCH)).close();
    }
  }

  private CompletableFuture<SessionStore> openInBackground() {
    FxPasswordPrompt prompt = new FxPasswordPrompt(CompletableFuture.completedFuture(null));
    return CompletableFuture.supplyAsync(() -> DatabaseUnlock.open(db, prompt));
  }

  /** The password dialog on screen now, waiting for it to appear. */
  private static DialogPane dialog() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      DialogPane pane =
          fx(
              () -> {
                for (Window w : Window.getWindows()) {
                  if (w.isShowing()
                      && w.getScene().getRoot() instanceof DialogPane p
                      && "password-dialog".equals(p.getId())) {
                    return p;
                  }
                }
                return null;
              });
      if (pane != null) {
        return pane;
      }
      Thread.sleep(40);
    }
    throw new AssertionError("no password dialog appeared");
  }

  private static void answer(DialogPane pane, String password, Object button) throws Exception {
    fxRun(
        () -> {
          ((PasswordField) pane.lookup("#password-field")).setText(password);
          ((Button) pane.lookupButton((javafx.scene.control.ButtonType) button)).fire();
        });
  }

  @Test
  void wrongPasswordIsAskedAgainWithTheReasonAndTheRightOneOpensTheStore() throws Exception {
    CompletableFuture<SessionStore> opened = openInBackground();
    DialogPane first = dialog();
    assertEquals("", fx(() -> ((Label) first.lookup("#password-message")).getText()));
    shot(first::getScene, "password-dialog.png");
    answer(first, "pit-wall-2025", PasswordDialog.OPEN);

    DialogPane second = waitForAnother(first);
    assertEquals(
        "Wrong password — try again",
        fx(() -> ((Label) second.lookup("#password-message")).getText()));
    assertEquals("", fx(() -> ((PasswordField) second.lookup("#password-field")).getText()));
    shot(second::getScene, "password-dialog-wrong.png");
    answer(second, SECRET, PasswordDialog.OPEN);

    try (SessionStore store = opened.get(30, TimeUnit.SECONDS)) {
      assertEquals("GR86", store.sessions().get(0).info().car());
    }
  }

  @Test
  void quitOpensNothing() throws Exception {
    CompletableFuture<SessionStore> opened = openInBackground();
    answer(dialog(), "", PasswordDialog.QUIT);
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> opened.get(30, TimeUnit.SECONDS));
    assertInstanceOf(DatabaseUnlock.Cancelled.class, e.getCause());
    assertEquals(
        "database " + db + " is encrypted and no password was given: not opened",
        e.getCause().getMessage());
    H2SessionStore.open(db, H2StoreOptions.defaults().withPassword(SECRET.toCharArray())).close();
  }

  @Test
  void aPlainDatabaseOpensWithoutAsking() {
    Path plain = dir.resolve("plain");
    H2SessionStore.open(plain).close();
    try (SessionStore store =
        DatabaseUnlock.open(
            plain,
            (file, problem) -> {
              throw new AssertionError("asked for a password of a plain database");
            })) {
      assertTrue(store.sessions().isEmpty());
    }
  }

  @Test
  void theCommandLineWithoutATerminalSaysThePasswordIsMissingInsteadOfWaiting() {
    DatabaseUnlock.Cancelled e =
        assertThrows(DatabaseUnlock.Cancelled.class, () -> new DesktopServices().openStore(db));
    assertEquals(
        "database " + db + " is encrypted and no password was given: not opened", e.getMessage());
  }

  private static DialogPane waitForAnother(DialogPane previous) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      DialogPane now = dialog();
      if (now != previous) {
        return now;
      }
      Thread.sleep(40);
    }
    throw new AssertionError("the password was not asked again");
  }
}
