package dev.pitwall.app.ui.sources;

import dev.pitwall.app.ui.LiveFeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Link-health table: one row per source of the session (state, frames/s, samples/s, CAN bus load,
 * invalid frames, decode errors, unknown ids, error frames, overruns, reconnects, last error with
 * its time). With more than one source each row has a "Disconnect" button, and the SOURCE cell
 * names the source's label and how many of its channels were renamed on a name clash.
 *
 * <p>Threading: an {@link AnimationTimer} reads {@link LiveFeed#links()} (immutable snapshots) once
 * per pulse; label texts change at most four times a second. FX thread only.
 */
public final class LinkHealthPanel {
  private static final long TEXT_PERIOD_NANOS = 250_000_000L;

  private final GridPane node = new GridPane();
  private final List<LinkHealthRow> rows = new ArrayList<>();
  private final AnimationTimer timer;
  private LiveFeed feed;
  private Consumer<String> disconnect;
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
      node.getColumnConstraints().add(column(c, columns.size()));
    }
    node.getColumnConstraints().add(new ColumnConstraints()); // the Disconnect buttons
    rows.add(new LinkHealthRow(node, 0, null));
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            refresh(now);
          }
        };
  }

  private static ColumnConstraints column(int c, int count) {
    ColumnConstraints cc = new ColumnConstraints();
    cc.setMinWidth(Region.USE_PREF_SIZE);
    if (c == 0) {
      cc.setMinWidth(100); // long URIs are elided; the tooltip has the whole one
      cc.setPrefWidth(300);
      cc.setMaxWidth(360);
    } else if (c == count - 1) {
      cc.setMinWidth(100);
      cc.setPrefWidth(200);
      cc.setHgrow(Priority.ALWAYS);
    } else {
      cc.setHalignment(c == 1 ? HPos.LEFT : HPos.RIGHT);
    }
    return cc;
  }

  public GridPane node() {
    return node;
  }

  /** The first source's row (the only one of a single-source session). */
  public LinkHealthModel model() {
    return rows.get(0).model();
  }

  /** One model per row, in the order of {@link LiveFeed#links()}. */
  public List<LinkHealthModel> models() {
    return rows.stream().map(LinkHealthRow::model).toList();
  }

  /** Shows another feed's source (after "Connect source…"). */
  public void setFeed(LiveFeed newFeed) {
    this.feed = Objects.requireNonNull(newFeed, "feed");
    lastTextNanos = Long.MIN_VALUE / 2;
  }

  /**
   * What a row's "Disconnect" button does with the source's label (null: no buttons). The handler
   * runs on the FX thread and must hand blocking work to a background thread.
   */
  public void setDisconnect(Consumer<String> handler) {
    this.disconnect = handler;
    for (LinkHealthRow row : rows) {
      row.removeFrom(node);
    }
    rows.clear();
    rows.add(new LinkHealthRow(node, 0, null)); // rebuilt with buttons on the next pulse
    lastTextNanos = Long.MIN_VALUE / 2;
  }

  public void start() {
    timer.start();
  }

  public void stop() {
    timer.stop();
  }

  /** One pulse: read the snapshots, update the rates, and the texts every 250 ms. */
  void refresh(long nowNanos) {
    List<SourceLink> links = feed.links();
    matchRows(links);
    for (int i = 0; i < links.size(); i++) {
      // bus overruns belong to the session, not to one link: shown once, on the first row
      long overruns = i == 0 ? feed.droppedSamples() : -1;
      rows.get(i).model().onPulse(nowNanos, links.get(i).uri(), links.get(i).health(), overruns);
    }
    if (nowNanos - lastTextNanos < TEXT_PERIOD_NANOS) {
      return;
    }
    lastTextNanos = nowNanos;
    for (int i = 0; i < links.size(); i++) {
      rows.get(i).show(links.get(i));
    }
  }

  /** One row per link, keyed by label and URI; rows are rebuilt when the set of links changes. */
  private void matchRows(List<SourceLink> links) {
    boolean same = links.size() == rows.size();
    for (int i = 0; same && i < links.size(); i++) {
      same = rows.get(i).describes(links.get(i));
    }
    if (same) {
      return;
    }
    for (LinkHealthRow row : rows) {
      row.removeFrom(node);
    }
    rows.clear();
    boolean buttons = disconnect != null && links.size() > 1;
    for (int i = 0; i < Math.max(1, links.size()); i++) {
      LinkHealthRow row = new LinkHealthRow(node, i, buttons ? disconnect : null);
      if (i < links.size()) {
        row.bind(links.get(i));
      }
      rows.add(row);
    }
    lastTextNanos = Long.MIN_VALUE / 2;
  }

  static String idSuffix(int index) {
    return index == 0 ? "" : "-" + (index + 1);
  }

  static String cellId(String column, int index) {
    return "link-" + column.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + idSuffix(index);
  }

  /**
   * The SOURCE cell: label, how many of its channels were renamed (before the URI, which may be
   * elided), URI.
   */
  static String sourceText(SourceLink link) {
    if (link.label().isEmpty()) {
      return link.uri();
    }
    int renamed = link.renames().size();
    String note = renamed == 0 ? "" : " (" + renamed + " renamed " + link.label() + ".*)";
    return link.label() + note + "  " + link.uri();
  }

  /** A button styled like the rest of the panel. */
  static Button disconnectButton(String id, Runnable action) {
    Button b = new Button("Disconnect");
    b.setId(id);
    b.getStyleClass().add("link-disconnect");
    b.setOnAction(e -> action.run());
    b.setTooltip(new Tooltip("Stop this source; the session and the other sources go on"));
    return b;
  }
}
