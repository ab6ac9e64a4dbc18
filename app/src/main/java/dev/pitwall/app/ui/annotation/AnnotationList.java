package dev.pitwall.app.ui.annotation;

import dev.pitwall.core.session.annotation.Annotation;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The replay's annotations in one row under the replay bar, in time order ("1:05.250 setup rear
 * wing +1"); clicking one seeks the replay to it.
 *
 * <p>Thread contract: FX thread; the caller loads the annotations off the FX thread and hands them
 * to {@link #show}.
 */
public final class AnnotationList {
  private final HBox node = new HBox(6);
  private final ListView<Annotation> list = new ListView<>();
  private final Label count = new Label("Events: loading");

  /**
   * @param seek called with the session time (ns) of the clicked annotation
   */
  public AnnotationList(LongConsumer seek) {
    list.setId("annotation-list");
    list.setOrientation(Orientation.HORIZONTAL);
    list.setPrefHeight(34);
    list.setMinHeight(34);
    list.setCellFactory(v -> new Cell());
    list.setOnMouseClicked(
        e -> {
          Annotation a = list.getSelectionModel().getSelectedItem();
          if (a != null) {
            seek.accept(a.startNanos());
          }
        });
    count.getStyleClass().add("toolbar-info");
    HBox.setHgrow(list, Priority.ALWAYS);
    node.setStyle("-fx-padding: 2 8 2 8; -fx-alignment: center-left");
    node.getChildren().addAll(count, list);
  }

  public HBox node() {
    return node;
  }

  public void show(List<Annotation> annotations) {
    list.getItems().setAll(annotations);
    count.setText("Events: " + annotations.size());
  }

  public ListView<Annotation> list() {
    return list;
  }

  /** One annotation as text, e.g. {@code 1:05.250 setup rear wing +1}. */
  public static String label(Annotation a) {
    String text = a.text().isEmpty() ? "" : " " + a.text();
    return SessionTimeText.format(a.startNanos()) + " " + a.kind().id() + text;
  }

  /**
   * One annotation: the timeline's pin of its kind (so the list is the ticks' legend), its text.
   */
  private static final class Cell extends ListCell<Annotation> {
    private final Region pin = new Region();

    Cell() {
      pin.setMinSize(10, 16);
      pin.setMaxSize(10, 16);
    }

    @Override
    protected void updateItem(Annotation a, boolean empty) {
      super.updateItem(a, empty);
      setText(empty || a == null ? null : label(a));
      if (empty || a == null) {
        setGraphic(null);
      } else {
        pin.getStyleClass().setAll("annotation-tick", AnnotationTicks.styleClass(a.kind()));
        setGraphic(pin);
      }
    }
  }
}
