package dev.pitwall.app.ui.status;

import dev.pitwall.core.source.SourceHealth;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Bottom status line: source URI and state, incoming samples/s, dropped and recorded samples,
 * session and the UI's own frame cost. Labels change text only when the text changes.
 *
 * <p>Thread contract: FX thread.
 */
public final class StatusBar {
  private final HBox node = new HBox(18);
  private final Label source = label("source");
  private final Label state = label("state");
  private final Label rate = label("rate");
  private final Label dropped = label("dropped");
  private final Label recorded = label("recorded");
  private final Label session = label("session");
  private final Label frame = label("frame");
  private final StatusModel model = new StatusModel();
  private static final long TEXT_PERIOD_NANOS = 250_000_000L;
  private long lastTextNanos = Long.MIN_VALUE / 2;

  public StatusBar() {
    node.getStyleClass().add("status-bar");
    node.setPadding(new Insets(4, 10, 4, 10));
    node.setAlignment(Pos.CENTER_LEFT);
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    node.getChildren().addAll(source, state, rate, dropped, recorded, spring, session, frame);
    // long URIs (CAN sources carry their DBC path) are elided instead of widening the window
    source.setMinWidth(120);
    session.setMinWidth(120);
  }

  private static Label label(String id) {
    Label l = new Label();
    l.setId("status-" + id);
    l.getStyleClass().add("status-item");
    l.setMinWidth(Region.USE_PREF_SIZE);
    return l;
  }

  public HBox node() {
    return node;
  }

  public StatusModel model() {
    return model;
  }

  /** Updates all fields for the frame at pulse time {@code nowNanos}. */
  public void refresh(
      long nowNanos,
      int samplesThisFrame,
      String sourceUri,
      SourceHealth health,
      long droppedSamples,
      long recordedSamples,
      String sessionText,
      double frameMeanMs) {
    model.onFrame(nowNanos, samplesThisFrame);
    if (nowNanos - lastTextNanos < TEXT_PERIOD_NANOS) {
      return; // changing label text re-lays out the bar; 4 updates per second are readable
    }
    lastTextNanos = nowNanos;
    set(source, sourceUri);
    set(state, StatusModel.stateText(health));
    String style = StatusModel.stateStyle(health.state());
    if (!state.getStyleClass().contains(style)) {
      state.getStyleClass().removeAll(List.of("state-ok", "state-warn", "state-bad"));
      state.getStyleClass().add(style);
    }
    set(rate, model.rateText());
    set(dropped, StatusModel.countText("dropped", droppedSamples));
    dropped.getStyleClass().remove("status-alarm");
    if (droppedSamples > 0) {
      dropped.getStyleClass().add("status-alarm");
    }
    set(recorded, StatusModel.countText("recorded", recordedSamples));
    set(session, sessionText);
    set(frame, StatusModel.frameCostText(frameMeanMs));
  }

  private static void set(Label label, String text) {
    if (!text.equals(label.getText())) {
      label.setText(text);
    }
  }
}
