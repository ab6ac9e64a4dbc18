package dev.pitwall.app.ui.strategy;

import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.strategy.StrategyOutcome;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The race on a lap axis: laps done shaded, the recommended plan's pit window as a green band,
 * every stop of the top plans as a marker in the plan's chart colour, and the current lap. FX
 * thread only.
 */
final class PitWindowTimeline {
  private final PaneCanvas canvas = new PaneCanvas("strategy-timeline", this::draw);
  private int totalLaps = 1;
  private int lapsDone;
  private List<StrategyOutcome> top = List.of();
  private boolean safetyCar;

  PitWindowTimeline() {
    canvas.pane().setMinHeight(96);
    canvas.pane().setPrefHeight(96);
  }

  Pane node() {
    return canvas.pane();
  }

  void show(int lapsDone, int totalLaps, List<StrategyOutcome> ranked, boolean safetyCar) {
    this.lapsDone = lapsDone;
    this.totalLaps = Math.max(1, totalLaps);
    this.top = ranked.subList(0, Math.min(3, ranked.size()));
    this.safetyCar = safetyCar;
    draw();
  }

  private void draw() {
    double w = canvas.width();
    double h = canvas.height();
    GraphicsContext g = canvas.clear();
    double x0 = 16;
    double x1 = w - 16;
    double barY = 22;
    double barH = 16;
    g.setFill(Color.web("#20262c"));
    g.fillRect(x0, barY, x1 - x0, barH);
    g.setFill(Color.web("#3a424b"));
    g.fillRect(x0, barY, x(lapsDone, x0, x1) - x0, barH);
    if (!top.isEmpty() && top.get(0).strategy().stops() > 0) {
      StrategyOutcome best = top.get(0);
      double a = x(best.pitWindowFromLap() - 1, x0, x1);
      double b = x(best.pitWindowToLap(), x0, x1);
      g.setFill(Color.web("#2ecc71", 0.35));
      g.fillRect(a, barY - 4, b - a, barH + 8);
      g.setStroke(Color.web("#2ecc71"));
      g.strokeRect(a, barY - 4, b - a, barH + 8);
    }
    if (safetyCar) {
      g.setFill(Color.web("#ffcc00", 0.5));
      g.fillRect(
          x(lapsDone, x0, x1),
          barY,
          x(Math.min(totalLaps, lapsDone + 4), x0, x1) - x(lapsDone, x0, x1),
          barH);
    }
    labels(g, x0, x1, barY + barH);
    for (int i = 0; i < top.size(); i++) {
      for (PitStop p : top.get(i).strategy().futureStops()) {
        marker(g, x(p.inlap() - 0.5, x0, x1), barY + barH + 22 + 11 * i, RaceTimeChart.COLOURS[i]);
      }
    }
    g.setStroke(Color.web("#ffffff"));
    g.setLineWidth(2);
    g.strokeLine(x(lapsDone, x0, x1), barY - 8, x(lapsDone, x0, x1), barY + barH + 8);
    g.setFill(Color.web("#d8dee4"));
    g.fillText("lap " + lapsDone + "/" + totalLaps, Math.min(x(lapsDone, x0, x1) + 4, x1 - 70), 12);
  }

  private void labels(GraphicsContext g, double x0, double x1, double y) {
    g.setFont(Font.font(10));
    g.setFill(Color.web("#9aa4ae"));
    g.setStroke(Color.web("#4a545e"));
    g.setLineWidth(1);
    for (int lap = 0; lap <= totalLaps; lap += 5) {
      double x = x(lap, x0, x1);
      g.strokeLine(x, y, x, y + 4);
      if (lap % 10 == 0) {
        g.fillText(Integer.toString(lap), x - 6, y + 14);
      }
    }
  }

  private static void marker(GraphicsContext g, double x, double y, Color c) {
    g.setFill(c);
    g.fillPolygon(new double[] {x - 5, x + 5, x}, new double[] {y + 4, y + 4, y - 5}, 3);
  }

  private double x(double lap, double x0, double x1) {
    return x0 + lap / totalLaps * (x1 - x0);
  }
}
