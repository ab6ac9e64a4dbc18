package dev.pitwall.app.live;

import dev.pitwall.app.ui.database.PasswordDialog;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * {@link DatabaseUnlock.PasswordPrompt} through the {@link PasswordDialog}: waits for the JavaFX
 * toolkit, shows the dialog on the FX thread and blocks the calling thread for the answer.
 *
 * <p>Thread contract: {@link #ask} from any thread but the FX thread.
 */
final class FxPasswordPrompt implements DatabaseUnlock.PasswordPrompt {
  private final CompletableFuture<Void> toolkit;

  /**
   * @param toolkit completes when the JavaFX toolkit is running
   */
  FxPasswordPrompt(CompletableFuture<Void> toolkit) {
    this.toolkit = toolkit;
  }

  @Override
  public Optional<char[]> ask(Path db, String problem) {
    if (Platform.isFxApplicationThread()) {
      throw new IllegalStateException("the password prompt blocks: not on the FX thread");
    }
    toolkit.join();
    CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
    Platform.runLater(() -> PasswordDialog.show(db, problem, answer::complete));
    return answer.join();
  }
}
