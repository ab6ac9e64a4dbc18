package dev.pitwall.app.ui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Per-lap statistics: lap time, delta to the best, sector times, and min/max/mean/standard
 * deviation of one chosen channel. Thread contract: FX thread.
 */
final class StatsTable {
  private final TableView<LapStatsRow> table = new TableView<>();
  private String channel = "speed";
  private double bestS = Double.NaN;
  private String columnsKey = "";

  StatsTable() {
    table.setId("lap-stats");
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(LapStatsRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("invalid-lap");
                if (row != null && !row.valid()) {
                  getStyleClass().add("invalid-lap");
                }
              }
            });
  }

  TableView<LapStatsRow> node() {
    return table;
  }

  void show(List<LapStatsRow> rows, String statsChannel) {
    channel = statsChannel;
    bestS =
        rows.stream()
            .filter(LapStatsRow::valid)
            .mapToDouble(LapStatsRow::lapTimeS)
            .min()
            .orElse(Double.NaN);
    int sectors = rows.stream().mapToInt(r -> r.sectorTimesS().size()).max().orElse(0);
    String key = sectors + "/" + statsChannel;
    if (!key.equals(columnsKey)) {
      columnsKey = key;
      buildColumns(sectors);
    }
    table.getItems().setAll(rows);
    table.refresh();
  }

  /** Rebuilt only when the set changes: re-adding columns resets the constrained widths. */
  private void buildColumns(int sectors) {
    table.getColumns().clear();
    table.getColumns().add(column("Lap", r -> Integer.toString(r.lap())));
    table.getColumns().add(column("Time", r -> time(r.lapTimeS())));
    table
        .getColumns()
        .add(column("Δ best", r -> r.valid() ? signed(r.lapTimeS() - bestS) : "invalid"));
    for (int s = 0; s < sectors; s++) {
      final int k = s;
      table
          .getColumns()
          .add(
              column(
                  "S" + (s + 1),
                  r -> k < r.sectorTimesS().size() ? time(r.sectorTimesS().get(k)) : "–"));
    }
    String[] names = {"min", "max", "mean", "std"};
    for (int i = 0; i < names.length; i++) {
      final int k = i;
      table
          .getColumns()
          .add(
              column(
                  channel + " " + names[i],
                  r ->
                      r.channels().containsKey(channel) ? num(r.channels().get(channel)[k]) : "–"));
    }
  }

  private static TableColumn<LapStatsRow, String> column(
      String title, Function<LapStatsRow, String> value) {
    TableColumn<LapStatsRow, String> c = new TableColumn<>(title);
    c.setSortable(false);
    c.setPrefWidth(title.length() <= 3 ? 70 : 130); // fixed widths: no re-layout jumps
    c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
    c.setStyle("-fx-alignment: CENTER-RIGHT");
    return c;
  }

  static String time(double s) {
    if (!Double.isFinite(s)) {
      return "–";
    }
    int m = (int) (s / 60);
    return m > 0
        ? String.format(Locale.ROOT, "%d:%06.3f", m, s - 60 * m)
        : String.format(Locale.ROOT, "%.3f", s);
  }

  private static String signed(double s) {
    return Double.isFinite(s) ? String.format(Locale.ROOT, "%+.3f", s) : "–";
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "–";
  }
}
