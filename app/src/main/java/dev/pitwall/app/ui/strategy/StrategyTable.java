package dev.pitwall.app.ui.strategy;

import dev.pitwall.analytics.strategy.StrategyOutcome;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Ranked strategies, best first; deltas are to the recommended plan. FX thread only. */
final class StrategyTable {
  private final TableView<StrategyOutcome> table = new TableView<>();
  private double bestMeanS;

  StrategyTable() {
    table.getStyleClass().add("strategy-table");
    table.setId("strategy-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new javafx.scene.control.Label("Not enough data yet"));
    add("#", o -> Integer.toString(table.getItems().indexOf(o) + 1), 34);
    add("Plan", o -> o.strategy().label(), 250);
    add("Exp. pos", o -> RaceTimeFormat.position(o.meanPosition()), 70);
    add("P(win)", o -> RaceTimeFormat.percent(o.pWin()), 62);
    add("P(podium)", o -> RaceTimeFormat.percent(o.pPodium()), 78);
    add("Δ mean", o -> RaceTimeFormat.delta(o.meanFinishS() - bestMeanS), 82);
    add("P10", o -> RaceTimeFormat.raceTime(o.p10S()), 82);
    add("P50", o -> RaceTimeFormat.raceTime(o.p50S()), 82);
    add("P90", o -> RaceTimeFormat.raceTime(o.p90S()), 82);
    add("Worst 5 %", o -> RaceTimeFormat.raceTime(o.worst5PctS()), 82);
    add("Window", StrategyTable::window, 74);
    add("Races", o -> Integer.toString(o.races()), 56);
  }

  private static String window(StrategyOutcome o) {
    if (o.strategy().stops() == 0) {
      return "–";
    }
    return o.pitWindowFromLap() == o.pitWindowToLap()
        ? "L" + o.pitWindowFromLap()
        : "L" + o.pitWindowFromLap() + "–" + o.pitWindowToLap();
  }

  private void add(String title, Function<StrategyOutcome, String> text, double width) {
    TableColumn<StrategyOutcome, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    table.getColumns().add(c);
  }

  void show(List<StrategyOutcome> ranked) {
    bestMeanS = ranked.isEmpty() ? 0 : ranked.get(0).meanFinishS();
    table.setItems(FXCollections.observableArrayList(ranked));
    if (!ranked.isEmpty()) {
      table.getSelectionModel().select(0);
    }
  }

  TableView<StrategyOutcome> node() {
    return table;
  }

  List<StrategyOutcome> rows() {
    return List.copyOf(table.getItems());
  }
}
