package dev.pitwall.app.ui.sources;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.app.ui.status.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Link-health table: one row per source (state, frames/s, samples/s, CAN bus load, invalid frames,
 * decode errors, unknown ids, error frames, overruns, reconnects, last error with its time).
 *
 * <p>Threading: an {@link AnimationTimer} reads {@link LiveFeed#sourceHealth()} (an immutable
 * snapshot) once per pulse; label texts change at most four times a second. FX thread only.
 */
public final class LinkHealthPanel {
  private static final long TEXT_PERIOD_NANOS = 250_000_000L;

  private final GridPane node = new GridPane();
  private final LinkHealthModel model = new LinkHealthModel();
  private final List<Label> cells = new ArrayList<>();
  private final AnimationTimer timer;
  private LiveFeed feed;
  private long lastTextNanos = Long.MIN_VALUE / 2;

  public LinkHealthPanel(LiveFeed feed) {
    this.feed = Objects.requireNonNull(feed, "feed");
    node.setId("link-health");
    node.getStyleClass().addAll("panel", "link-health");
    node.getStylesheets()
        .add(
            Objects.requireNonNull(LinkHealthPanel.class.getResource("sources.css"))
                .toExternalForm());
    List<String> columns = LinkHealthModel.COLUMNS;
    for (int c = 0; c < columns.size(); c++) {
      Label header = new Label(columns.get(c));
      header.getStyleClass().add("link-header");
      node.add(header, c, 0);
      Label cell = new Label("—");
      cell.setId(
          "link-" + columns.get(c).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-"));
      cell.getStyleClass().add("link-cell");
      node.add(cell, c, 1);
      cells.add(cell);
      ColumnConstraints cc = new ColumnConstraints();
      cc.setMinWidth(Region.USE_PREF_SIZE);
      if (c == 0) {
        cc.setMinWidth(100); // long URIs are elided; the tooltip has the whole one
        cc.setPrefWidth(300);
        cc.setMaxWidth(360);
      } else if (c == columns.size() - 1) {
        cc.setMinWidth(100);
        cc.setPrefWidth(200);
        cc.setHgrow(Priority.ALWAYS);
      } else {
        cc.setHalignment(c == 1 ? HPos.LEFT : HPos.RIGHT);
      }
      node.getColumnConstraints().add(cc);
    }
    for (Label l : List.of(cells.get(0), cells.get(columns.size() - 1))) {
      l.setMaxWidth(Double.MAX_VALUE);
      l.setMinWidth(0);
      l.setPrefWidth(0); // the column decides; the text is elided
    }
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            refresh(now);
          }
        };
  }

  public GridPane node() {
    return node;
  }

  public LinkHealthModel model() {
    return model;
  }

  /** Shows another feed's source (after "Connect source…"). */
  public void setFeed(LiveFeed newFeed) {
    this.feed = Objects.requireNonNull(newFeed, "feed");
    lastTextNanos = Long.MIN_VALUE / 2;
  }

  public void start() {
    timer.start();
  }

  public void stop() {
    timer.stop();
  }

  /** One pulse: read the snapshot, update the rates, and the texts every 250 ms. */
  void refresh(long nowNanos) {
    model.onPulse(nowNanos, feed.sourceUri(), feed.sourceHealth(), feed.droppedSamples());
    if (nowNanos - lastTextNanos < TEXT_PERIOD_NANOS) {
      return;
    }
    lastTextNanos = nowNanos;
    List<String> texts = model.cells();
    for (int i = 0; i < texts.size(); i++) {
      Label l = cells.get(i);
      if (!texts.get(i).equals(l.getText())) {
        l.setText(texts.get(i));
      }
    }
    Label state = cells.get(1);
    String style = StatusModel.stateStyle(model.latest().state());
    if (!state.getStyleClass().contains(style)) {
      state.getStyleClass().removeAll(List.of("state-ok", "state-warn", "state-bad"));
      state.getStyleClass().add(style);
    }
    Label last = cells.get(texts.size() - 1);
    last.getStyleClass().remove("link-alarm");
    if (model.latest().lastError() != null) {
      last.getStyleClass().add("link-alarm");
      last.setTooltip(new Tooltip(texts.get(texts.size() - 1)));
    }
    cells.get(0).setTooltip(new Tooltip(texts.get(0)));
  }
}
