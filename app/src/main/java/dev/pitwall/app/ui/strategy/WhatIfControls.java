package dev.pitwall.app.ui.strategy;

import dev.pitwall.analytics.strategy.WhatIf;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;

/** Safety car now, pit-loss override and compound availability. FX thread only. */
final class WhatIfControls {
  private final CheckBox safetyCar = new CheckBox("Safety car now");
  private final CheckBox overridePitLoss = new CheckBox("Pit loss");
  private final Spinner<Double> pitLossS = new Spinner<>(5.0, 40.0, 21.0, 0.5);
  private final List<CheckBox> compounds = new ArrayList<>();
  private final HBox box = new HBox(14);

  WhatIfControls(List<String> compoundsSoftToHard, Runnable onChange) {
    safetyCar.setId("what-if-sc");
    overridePitLoss.setId("what-if-pit-loss");
    pitLossS.setId("what-if-pit-loss-s");
    pitLossS.setPrefWidth(82);
    pitLossS.setEditable(true);
    pitLossS.disableProperty().bind(overridePitLoss.selectedProperty().not());
    Label title = new Label("WHAT-IF");
    title.getStyleClass().add("strategy-caption");
    box.getChildren().addAll(title, safetyCar, overridePitLoss, pitLossS, new Label("s   Sets:"));
    for (String c : compoundsSoftToHard) {
      CheckBox cb = new CheckBox(c);
      cb.setId("what-if-compound-" + c);
      cb.setSelected(true);
      cb.selectedProperty().addListener(o -> onChange.run());
      compounds.add(cb);
      box.getChildren().add(cb);
    }
    safetyCar.selectedProperty().addListener(o -> onChange.run());
    overridePitLoss.selectedProperty().addListener(o -> onChange.run());
    pitLossS.valueProperty().addListener(o -> onChange.run());
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(6, 10, 6, 10));
    box.getStyleClass().add("strategy-whatif");
  }

  HBox node() {
    return box;
  }

  /** Current inputs (all compounds ticked = no restriction). */
  WhatIf current() {
    Set<String> allowed = new HashSet<>();
    compounds.stream().filter(CheckBox::isSelected).forEach(c -> allowed.add(c.getText()));
    boolean all = allowed.size() == compounds.size();
    double loss = overridePitLoss.isSelected() ? pitLossS.getValue() : Double.NaN;
    return new WhatIf(safetyCar.isSelected(), loss, all ? Set.of() : allowed);
  }

  CheckBox safetyCar() {
    return safetyCar;
  }
}
