package dev.pitwall.app.ui.strategy;

import dev.pitwall.analytics.strategy.StrategyOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Race-time distribution of the top plans: one histogram outline per plan over shared bins, x =
 * race time relative to the recommended plan's median (s), y = share of races. Drawn on a canvas
 * that follows the pane's size. FX thread only.
 */
final class RaceTimeChart {
  static final Color[] COLOURS = {
    Color.web("#3fa7ff"), Color.web("#ffcc00"), Color.web("#ff6b6b"), Color.web("#7ee081")
  };
  private static final int BINS = 36;
  private static final int SHOWN = 3;

  private final PaneCanvas canvas = new PaneCanvas("strategy-chart", this::draw);
  private List<StrategyOutcome> top = List.of();

  RaceTimeChart() {
    canvas.pane().setMinSize(300, 180);
  }

  Pane node() {
    return canvas.pane();
  }

  void show(List<StrategyOutcome> ranked) {
    top = ranked.subList(0, Math.min(SHOWN, ranked.size()));
    draw();
  }

  private void draw() {
    double w = canvas.width();
    double h = canvas.height();
    GraphicsContext g = canvas.clear();
    g.setFont(Font.font(11));
    if (top.isEmpty() || top.get(0).raceTimesS().length == 0) {
      g.setFill(Color.web("#9aa4ae"));
      g.fillText("Race-time distribution appears once strategies are ranked", 16, h / 2);
      return;
    }
    double ref = top.get(0).p50S();
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (StrategyOutcome o : top) {
      lo = Math.min(lo, quantile(o.raceTimesS(), 0.01) - ref);
      hi = Math.max(hi, quantile(o.raceTimesS(), 0.99) - ref);
    }
    if (hi - lo < 1) {
      hi = lo + 1;
    }
    double[][] shares = new double[top.size()][];
    double max = 0;
    for (int i = 0; i < top.size(); i++) {
      shares[i] = histogram(top.get(i).raceTimesS(), ref + lo, ref + hi);
      max = Math.max(max, Arrays.stream(shares[i]).max().orElse(0));
    }
    Frame f = new Frame(44, 12, w - 16, h - 40, lo, hi, max * 1.1);
    axes(g, f);
    for (int i = 0; i < top.size(); i++) {
      outline(g, f, shares[i], COLOURS[i]);
      legend(g, f, i, top.get(i));
    }
  }

  private record Frame(
      double x0, double y0, double x1, double y1, double lo, double hi, double max) {
    double x(double v) {
      return x0 + (v - lo) / (hi - lo) * (x1 - x0);
    }

    double y(double share) {
      return y1 - share / max * (y1 - y0);
    }
  }

  private static void axes(GraphicsContext g, Frame f) {
    g.setStroke(Color.web("#2c333b"));
    g.setLineWidth(0.7);
    g.setFill(Color.web("#9aa4ae"));
    double step = niceStep(f.hi() - f.lo());
    for (double v = Math.ceil(f.lo() / step) * step; v <= f.hi(); v += step) {
      g.strokeLine(f.x(v), f.y0(), f.x(v), f.y1());
      g.fillText(String.format(Locale.ROOT, "%+d", Math.round(v)), f.x(v) - 10, f.y1() + 14);
    }
    for (int k = 0; k <= 4; k++) {
      double share = f.max() * k / 4;
      g.strokeLine(f.x0(), f.y(share), f.x1(), f.y(share));
      g.fillText(String.format(Locale.ROOT, "%.0f%%", 100 * share), 6, f.y(share) + 4);
    }
    g.fillText(
        "race time vs recommended median (s)", f.x0() + (f.x1() - f.x0()) / 2 - 90, f.y1() + 27);
  }

  private static void outline(GraphicsContext g, Frame f, double[] share, Color c) {
    double bw = (f.hi() - f.lo()) / share.length;
    g.setStroke(c);
    g.setLineWidth(1.8);
    g.setFill(c.deriveColor(0, 1, 1, 0.12));
    g.beginPath();
    g.moveTo(f.x(f.lo()), f.y(0));
    for (int b = 0; b < share.length; b++) {
      g.lineTo(f.x(f.lo() + b * bw), f.y(share[b]));
      g.lineTo(f.x(f.lo() + (b + 1) * bw), f.y(share[b]));
    }
    g.lineTo(f.x(f.hi()), f.y(0));
    g.fill();
    g.stroke();
  }

  private static void legend(GraphicsContext g, Frame f, int i, StrategyOutcome o) {
    double y = f.y0() + 14 + 16 * i;
    g.setFill(COLOURS[i]);
    g.fillRect(f.x1() - 230, y - 8, 12, 3);
    g.fillText((i + 1) + ". " + o.strategy().label(), f.x1() - 212, y - 3);
  }

  private static double[] histogram(double[] t, double from, double to) {
    double[] share = new double[BINS];
    for (double v : t) {
      int b = (int) ((v - from) / (to - from) * BINS);
      if (b >= 0 && b < BINS) {
        share[b] += 1.0 / t.length;
      }
    }
    return share;
  }

  private static double quantile(double[] t, double q) {
    double[] s = t.clone();
    Arrays.sort(s);
    return s[(int) Math.round(q * (s.length - 1))];
  }

  private static double niceStep(double range) {
    double raw = range / 6;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double n = raw / mag;
    return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
  }
}
