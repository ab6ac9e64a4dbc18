package dev.pitwall.app.ui.laps;

import dev.pitwall.analytics.timing.LapBoard;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * Lap and sector table of one car: the current lap on top with its live delta, then completed laps
 * newest first; best lap and best sectors highlighted.
 *
 * <p>Thread contract: FX thread. {@link #refresh} rebuilds the rows only when a lap completed; the
 * current lap's row is replaced at most 10 times per second.
 */
public final class LapTableView {
  private static final long CURRENT_ROW_PERIOD_NANOS = 100_000_000L; // 10 Hz is plenty to read

  private final TableView<LapRow> table = new TableView<>();
  private final ObservableList<LapRow> rows = FXCollections.observableArrayList();
  private int sectorColumns;
  private LapBoard shownBoard;
  private long lastCurrentRowNanos = Long.MIN_VALUE;

  public LapTableView(int sectorCount) {
    table.getStyleClass().add("lap-table");
    table.setItems(rows);
    table.setPlaceholder(new Label("No timed lap yet: timing starts at the first line crossing"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(t -> new KindRow());
    table.getColumns().add(column("LAP", LapRow::lap, 50));
    table.getColumns().add(column("TIME", LapRow::time, 90));
    setSectorCount(sectorCount);
  }

  private void setSectorCount(int count) {
    sectorColumns = count;
    for (int i = 0; i < count; i++) {
      int sector = i;
      TableColumn<LapRow, String> c = column("S" + (i + 1), r -> r.sector(sector), 70);
      c.setCellFactory(col -> new SectorCell(sector));
      table.getColumns().add(c);
    }
    TableColumn<LapRow, String> delta = column("Δ BEST", LapRow::delta, 80);
    delta.setCellFactory(col -> new DeltaCell());
    table.getColumns().add(delta);
  }

  private static TableColumn<LapRow, String> column(
      String title, Function<LapRow, String> text, double prefWidth) {
    TableColumn<LapRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
    c.setPrefWidth(prefWidth);
    c.setSortable(false);
    c.setReorderable(false);
    return c;
  }

  public TableView<LapRow> node() {
    return table;
  }

  public int sectorColumns() {
    return sectorColumns;
  }

  /** Shows {@code board}; {@code pulseNanos} is the FX pulse time used to pace the current row. */
  public void refresh(LapBoard board, long pulseNanos) {
    if (board == shownBoard) {
      return;
    }
    boolean lapsChanged =
        shownBoard == null
            || board.completedLaps() != shownBoard.completedLaps()
            || board.currentLapNumber() != shownBoard.currentLapNumber();
    if (lapsChanged) {
      rows.setAll(LapRows.of(board));
    } else if (pulseNanos - lastCurrentRowNanos >= CURRENT_ROW_PERIOD_NANOS
        && !rows.isEmpty()
        && rows.get(0).kind() == LapRow.Kind.CURRENT) {
      rows.set(0, LapRows.current(board));
    } else {
      return; // keep shownBoard so the next frame retries the paced update
    }
    lastCurrentRowNanos = pulseNanos;
    shownBoard = board;
  }

  /** Rows shown now (current lap first); for tests. */
  public List<LapRow> rows() {
    return List.copyOf(rows);
  }

  private static final class KindRow extends TableRow<LapRow> {
    private static final List<String> KINDS =
        List.of("lap-current", "lap-best", "lap-valid", "lap-invalid");

    @Override
    protected void updateItem(LapRow row, boolean empty) {
      super.updateItem(row, empty);
      getStyleClass().removeAll(KINDS);
      if (!empty && row != null) {
        getStyleClass().add("lap-" + row.kind().name().toLowerCase(Locale.ROOT));
      }
    }
  }

  private static final class SectorCell extends TableCell<LapRow, String> {
    private final int sector;

    SectorCell(int sector) {
      this.sector = sector;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      LapRow row = getTableRow() == null ? null : getTableRow().getItem();
      getStyleClass().remove("sector-best");
      if (!empty && row != null && row.isSectorBest(sector)) {
        getStyleClass().add("sector-best");
      }
    }
  }

  private static final class DeltaCell extends TableCell<LapRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      getStyleClass().removeAll("delta-gain", "delta-loss");
      LapRow row = getTableRow() == null ? null : getTableRow().getItem();
      if (!empty && row != null && Double.isFinite(row.deltaS()) && row.deltaS() != 0) {
        getStyleClass().add(row.deltaS() < 0 ? "delta-gain" : "delta-loss");
      }
    }
  }
}
