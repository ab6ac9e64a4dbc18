package dev.pitwall.app.ui.sessions;

import dev.pitwall.core.session.SessionStatus;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The session list: one row per session, newest first, every column sortable. Status cells are
 * coloured by meaning (INTERRUPTED amber, FAILED red, RECORDING blue).
 *
 * <p>Thread contract: FX thread.
 */
final class SessionTable {
  private final TableView<SessionRow> table = new TableView<>();

  SessionTable() {
    table.setId("session-table");
    table.getStyleClass().add("session-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No sessions match"));
    table
        .getColumns()
        .addAll(
            List.of(
                column("#", 50, SessionRow::id, String::valueOf, "numeric"),
                column("Started", 150, SessionRow::start, t -> t, "text"),
                column("Name", 160, SessionRow::title, t -> t, "text"),
                column("Track", 130, SessionRow::track, t -> t, "text"),
                column("Car", 130, SessionRow::car, t -> t, "text"),
                column("Driver", 110, SessionRow::driver, t -> t, "text"),
                column("Duration", 80, SessionRow::duration, SessionRow::durationText, "numeric"),
                column("Laps", 55, SessionRow::laps, String::valueOf, "numeric"),
                column("Best lap", 85, SessionRow::bestLapS, SessionRow::bestLapText, "numeric"),
                column("Samples", 110, SessionRow::samples, SessionRow::samplesText, "numeric"),
                statusColumn()));
  }

  /** A column of raw values (so it sorts by value) shown through {@code text}. */
  private static <T extends Comparable<T>> TableColumn<SessionRow, T> column(
      String name,
      double width,
      Function<SessionRow, T> value,
      Function<T, String> text,
      String style) {
    TableColumn<SessionRow, T> c = new TableColumn<>(name);
    c.setPrefWidth(width);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
              }
            });
    c.getStyleClass().add(style);
    return c;
  }

  private static TableColumn<SessionRow, SessionStatus> statusColumn() {
    TableColumn<SessionRow, SessionStatus> c = new TableColumn<>("Status");
    c.setPrefWidth(110);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().status()));
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(SessionStatus status, boolean empty) {
                super.updateItem(status, empty);
                getStyleClass().removeAll("status-ok", "status-warn", "status-bad", "status-live");
                if (empty || status == null) {
                  setText(null);
                  return;
                }
                setText(status.name());
                getStyleClass()
                    .add(
                        switch (status) {
                          case COMPLETED -> "status-ok";
                          case INTERRUPTED -> "status-warn";
                          case FAILED -> "status-bad";
                          case RECORDING -> "status-live";
                        });
              }
            });
    return c;
  }

  TableView<SessionRow> view() {
    return table;
  }

  /** Replaces the rows, keeping the selected session selected when it is still listed. */
  void show(List<SessionRow> rows, long selectId) {
    table.setItems(FXCollections.observableArrayList(rows));
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).id() == selectId) {
        table.getSelectionModel().select(i);
        table.scrollTo(i);
        return;
      }
    }
  }

  /** The selected session, or null. */
  SessionRow selected() {
    return table.getSelectionModel().getSelectedItem();
  }
}
