package dev.pitwall.app.ui.sources;

import dev.pitwall.app.ui.status.StatusModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/**
 * One source's row of the {@link LinkHealthPanel}: a label per column, its {@link LinkHealthModel}
 * and, in a session of several sources, a "Disconnect" button. Cell ids are {@code link-state},
 * {@code link-frames-s}, … for the first row and {@code link-state-2}, … for the second. FX thread.
 */
final class LinkHealthRow {
  private final LinkHealthModel model = new LinkHealthModel();
  private final List<Label> cells = new ArrayList<>();
  private final Button button;
  private String label;
  private String uri;

  LinkHealthRow(GridPane grid, int index, Consumer<String> disconnect) {
    List<String> columns = LinkHealthModel.COLUMNS;
    for (int c = 0; c < columns.size(); c++) {
      Label cell = new Label("—");
      cell.setId(LinkHealthPanel.cellId(columns.get(c), index));
      cell.getStyleClass().add("link-cell");
      grid.add(cell, c, index + 1);
      cells.add(cell);
    }
    for (Label l : List.of(cells.get(0), cells.get(columns.size() - 1))) {
      l.setMaxWidth(Double.MAX_VALUE);
      l.setMinWidth(0);
      l.setPrefWidth(0); // the column decides; the text is elided
    }
    button =
        disconnect == null
            ? null
            : LinkHealthPanel.disconnectButton(
                "link-disconnect" + LinkHealthPanel.idSuffix(index),
                () -> disconnect.accept(label));
    if (button != null) {
      grid.add(button, columns.size(), index + 1);
    }
  }

  LinkHealthModel model() {
    return model;
  }

  void bind(SourceLink link) {
    label = link.label();
    uri = link.uri();
  }

  boolean describes(SourceLink link) {
    return link.label().equals(label) && link.uri().equals(uri);
  }

  void removeFrom(GridPane grid) {
    List<Node> mine = new ArrayList<>(cells);
    if (button != null) {
      mine.add(button);
    }
    grid.getChildren().removeAll(mine);
  }

  /** Updates the texts from the model (rates) and the link (label, renames). */
  void show(SourceLink link) {
    List<String> texts = new ArrayList<>(model.cells());
    if (texts.isEmpty()) {
      return;
    }
    texts.set(0, LinkHealthPanel.sourceText(link));
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
    List<String> tip = new ArrayList<>(List.of(texts.get(0)));
    tip.addAll(link.renames());
    cells.get(0).setTooltip(new Tooltip(String.join("\n", tip)));
  }
}
