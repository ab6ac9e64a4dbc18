package dev.pitwall.app.ui.analysis;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/** A lap in the analysis lap list: number, time, "best". FX thread. */
final class LapCell extends ListCell<Integer> {
  private final Function<Integer, String> text;

  LapCell(Function<Integer, String> text) {
    this.text = text;
  }

  @Override
  protected void updateItem(Integer lap, boolean empty) {
    super.updateItem(lap, empty);
    setText(empty || lap == null ? null : text.apply(lap));
  }
}
