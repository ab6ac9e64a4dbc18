package dev.pitwall.app.ui.sessions;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The session browser's bottom line: a spinner while background jobs run, the latest message
 * (neutral while working, green when done, red on failure) and the list's size and search time.
 *
 * <p>Thread contract: FX thread.
 */
final class StatusLine {
  private final Label message = new Label();
  private final Label count = new Label();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final HBox node;
  private int jobs;

  StatusLine() {
    busy.setPrefSize(16, 16);
    busy.setVisible(false);
    message.setId("session-message");
    message.getStyleClass().add("session-message");
    message.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(message, Priority.ALWAYS);
    count.setId("session-count");
    count.getStyleClass().add("session-count");
    node = new HBox(8, busy, message, count);
    node.setAlignment(Pos.CENTER_LEFT);
  }

  Node node() {
    return node;
  }

  Label message() {
    return message;
  }

  void count(String text) {
    count.setText(text);
  }

  /** A background job starts: spinner on, {@code text} shown. */
  void begin(String text) {
    jobs++;
    busy.setVisible(true);
    set(text, "message-info");
  }

  /** A job started with {@link #begin} ended. */
  void end(boolean ok, String text) {
    jobs = Math.max(0, jobs - 1);
    busy.setVisible(jobs > 0);
    show(ok, text);
  }

  void show(boolean ok, String text) {
    set(text, ok ? "message-ok" : "message-error");
  }

  private void set(String text, String style) {
    message.getStyleClass().removeAll("message-info", "message-ok", "message-error");
    message.getStyleClass().add(style);
    message.setText(text);
  }
}
