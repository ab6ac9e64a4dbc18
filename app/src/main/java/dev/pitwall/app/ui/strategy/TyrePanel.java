package dev.pitwall.app.ui.strategy;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The tyre model's call for the next lap on the Strategy screen: model version, predicted lap-time
 * loss with its 80 % interval, wear per tyre, the explanation, the running error and a drift flag.
 * Non-finite numbers are shown as a dash, never as NaN. FX thread only.
 */
final class TyrePanel {
  private final Label model = label("tyre-model");
  private final Label prediction = label("tyre-prediction");
  private final Label wear = label("tyre-wear");
  private final Label explanation = label("tyre-explanation");
  private final Label drift = label("tyre-drift");
  private final Label flag = label("tyre-flag");
  private TyreModelView shown;
  private final VBox root = new VBox(2, model, prediction, wear, explanation, drift, flag);

  TyrePanel() {
    flag.getStyleClass().add("tyre-flag");
    flag.setStyle("-fx-text-fill: #ff5a4f; -fx-font-weight: bold;");
    show(TyreModelView.message("", "no tyre model attached to this window"));
  }

  private static Label label(String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add("strategy-status");
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    return l;
  }

  Node node() {
    return root;
  }

  TyreModelView shown() {
    return shown;
  }

  void show(TyreModelView v) {
    shown = v;
    model.setText(v.model().isEmpty() ? v.status() : v.model() + " · " + v.status());
    if (v.forLap() > 0) {
      double[] loss = v.lossS();
      prediction.setText(
          "lap "
              + v.forLap()
              + " predicted loss "
              + signed(loss[0])
              + " s (80 %: "
              + signed(loss[1])
              + " … "
              + signed(loss[2])
              + " s) · "
              + ms(v.predictMillis()));
      wear.setText(wearText(v));
      explanation.setText(v.explanation().isEmpty() ? "" : "why: " + v.explanation());
    } else {
      prediction.setText("");
      wear.setText("");
      explanation.setText("");
    }
    drift.setText(driftText(v.drift()));
    flag.setText(
        v.drift().drifting() ? "MODEL DRIFTING — RETRAIN (" + v.drift().reason() + ")" : "");
    flag.setVisible(v.drift().drifting());
    flag.setManaged(v.drift().drifting());
  }

  private static String wearText(TyreModelView v) {
    String[] corners = {"FL", "FR", "RL", "RR"};
    StringBuilder s = new StringBuilder("wear next lap, pp: ");
    for (int c = 0; c < 4; c++) {
      double[] w = v.wearPct()[c];
      s.append(corners[c])
          .append(' ')
          .append(num(w[0], "%.2f"))
          .append(" [")
          .append(num(w[1], "%.2f"))
          .append("–")
          .append(num(w[2], "%.2f"))
          .append("] now ")
          .append(num(v.wearNowPct()[c], "%.1f"))
          .append(" %");
      if (c < 3) {
        s.append(" · ");
      }
    }
    return s.toString();
  }

  private static String driftText(TyreModelView.Drift d) {
    if (d.laps() == 0) {
      return "running error: no predicted lap completed yet";
    }
    return "running error over "
        + d.laps()
        + " laps: last "
        + signed(d.lastErrorS())
        + " s · mean "
        + signed(d.meanErrorS())
        + " s · MAE "
        + num(d.maeS(), "%.2f")
        + " s · 80 % interval hit "
        + num(100 * d.coverage80(), "%.0f")
        + " %";
  }

  private static String ms(double millis) {
    return num(millis, "%.1f") + " ms";
  }

  static String signed(double v) {
    return num(v, "%+.2f");
  }

  static String num(double v, String format) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "—";
  }
}
