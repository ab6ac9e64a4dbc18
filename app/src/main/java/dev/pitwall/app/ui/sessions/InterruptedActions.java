package dev.pitwall.app.ui.sessions;

import dev.pitwall.core.session.SessionStatus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;

/**
 * The session browser's actions on a session whose recording ended badly (INTERRUPTED or FAILED):
 * "Close as completed" (laps recomputed, on the background executor) and "Continue recording…"
 * (hands the session to the window, which asks for a source and records into it). Both buttons are
 * enabled only while such a session is selected.
 *
 * <p>Thread contract: FX thread; the library runs on {@code background}.
 */
final class InterruptedActions {
  private final SessionLibrary library;
  private final Supplier<SessionRow> selected;
  private final Executor background;
  private final Executor toFx;
  private final StatusLine status;
  private final Runnable refresh;
  private final Button close = new Button("Close as completed");
  private final Button resume = new Button("Continue recording…");
  private LongConsumer continueAction;

  InterruptedActions(
      SessionLibrary library,
      Supplier<SessionRow> selected,
      Executor background,
      Executor toFx,
      StatusLine status,
      Runnable refresh) {
    this.library = library;
    this.selected = selected;
    this.background = background;
    this.toFx = toFx;
    this.status = status;
    this.refresh = refresh;
    close.setId("session-close-interrupted");
    close.setOnAction(e -> closeSelected());
    resume.setId("session-continue");
    resume.setOnAction(e -> continueSelected());
    selectionChanged(null);
  }

  Button close() {
    return close;
  }

  Button resume() {
    return resume;
  }

  void setContinueAction(LongConsumer action) {
    this.continueAction = action;
    selectionChanged(selected.get());
  }

  void selectionChanged(SessionRow row) {
    boolean unfinished = row != null && unfinished(row.status());
    close.setDisable(!unfinished);
    resume.setDisable(!unfinished || continueAction == null);
  }

  static boolean unfinished(SessionStatus status) {
    return status == SessionStatus.INTERRUPTED || status == SessionStatus.FAILED;
  }

  /** Closes the selected unfinished session in the background; the row then shows COMPLETED. */
  CompletableFuture<String> closeSelected() {
    SessionRow row = selected.get();
    if (row == null || !unfinished(row.status())) {
      status.show(false, "Select an interrupted or failed session to close");
      return CompletableFuture.completedFuture(null);
    }
    close.setDisable(true);
    status.begin("Closing session " + row.id() + ": recomputing its laps…");
    CompletableFuture<String> job =
        CompletableFuture.supplyAsync(() -> library.closeInterrupted(row.id()), background);
    job.whenCompleteAsync(
        (done, error) -> {
          status.end(
              error == null,
              error == null
                  ? done
                  : "Cannot close session " + row.id() + ": " + SessionBrowser.oneLine(error));
          refresh.run();
        },
        toFx);
    return job;
  }

  /** Hands the selected unfinished session to the window to record into it. */
  void continueSelected() {
    SessionRow row = selected.get();
    if (row == null || !unfinished(row.status()) || continueAction == null) {
      status.show(false, "Select an interrupted or failed session to continue");
      return;
    }
    continueAction.accept(row.id());
  }
}
