package dev.pitwall.app.ui.analysis;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The small canvases of the analysis screen: track map coloured by a value, histogram and XY
 * scatter. Each draws at most a few thousand primitives from an already reduced {@link
 * AnalysisResult}. Thread contract: FX thread.
 */
final class Plots {
  static final Color BACKGROUND = Color.web("#15181d");
  static final Color GRID = Color.web("#2c323b");
  static final Color TEXT = Color.web("#aab4c0");
  private static final Font FONT = Font.font("System", 11);

  private Plots() {}

  static void frame(Canvas c, String title) {
    GraphicsContext g = c.getGraphicsContext2D();
    g.setFill(BACKGROUND);
    g.fillRect(0, 0, c.getWidth(), c.getHeight());
    g.setStroke(GRID);
    g.strokeRect(0.5, 0.5, c.getWidth() - 1, c.getHeight() - 1);
    g.setFill(TEXT);
    g.setFont(FONT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.TOP);
    g.fillText(title, 6, 4);
  }

  /** Track map, north up, equal scale; colour: green (gain or low) to red (loss or high). */
  /**
   * @param fromM highlighted stretch (the traces' window), drawn as a white outline below
   */
  static void map(
      Canvas c,
      double[] x,
      double[] y,
      double[] colour,
      double stepM,
      double fromM,
      double toM,
      String title) {
    frame(c, title);
    double[] rx = range(x);
    double[] ry = range(y);
    double span = Math.max(rx[1] - rx[0], ry[1] - ry[0]);
    if (x.length < 2 || !(span > 0)) {
      note(c, "no position channel: no map");
      return;
    }
    double pad = 20;
    double scale = Math.min(c.getWidth() - 2 * pad, c.getHeight() - 2 * pad - 14) / span;
    double ox = (c.getWidth() - (rx[1] - rx[0]) * scale) / 2;
    double oy = c.getHeight() - (c.getHeight() - 14 - (ry[1] - ry[0]) * scale) / 2;
    double[] cr = symmetricIfSigned(range(colour));
    GraphicsContext g = c.getGraphicsContext2D();
    boolean whole = fromM <= 0 && toM >= (x.length - 1) * stepM - stepM;
    g.setLineWidth(9);
    g.setStroke(Color.WHITE);
    for (int i = 1; i < x.length && !whole; i++) {
      if (i * stepM >= fromM && (i - 1) * stepM <= toM) {
        g.strokeLine(
            ox + (x[i - 1] - rx[0]) * scale,
            oy - (y[i - 1] - ry[0]) * scale,
            ox + (x[i] - rx[0]) * scale,
            oy - (y[i] - ry[0]) * scale);
      }
    }
    g.setLineWidth(4);
    for (int i = 1; i < x.length; i++) {
      g.setStroke(heat(colour[i], cr[0], cr[1]));
      g.strokeLine(
          ox + (x[i - 1] - rx[0]) * scale,
          oy - (y[i - 1] - ry[0]) * scale,
          ox + (x[i] - rx[0]) * scale,
          oy - (y[i] - ry[0]) * scale);
    }
    g.setFill(Color.WHITE);
    g.fillOval(ox + (x[0] - rx[0]) * scale - 4, oy - (y[0] - ry[0]) * scale - 4, 8, 8);
  }

  static void histogram(Canvas c, double[] edges, long[] counts, String title) {
    frame(c, title);
    if (counts.length == 0) {
      note(c, "no data");
      return;
    }
    long max = 1;
    for (long n : counts) {
      max = Math.max(max, n);
    }
    double left = 8;
    double bottom = c.getHeight() - 16;
    double top = 20;
    double w = (c.getWidth() - 2 * left) / counts.length;
    GraphicsContext g = c.getGraphicsContext2D();
    g.setFill(Color.web("#4fc3f7"));
    for (int i = 0; i < counts.length; i++) {
      double h = (bottom - top) * counts[i] / max;
      g.fillRect(left + i * w + 0.5, bottom - h, Math.max(1, w - 1), h);
    }
    g.setFill(TEXT);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(fmt(edges[0]), left, c.getHeight() - 2);
    g.setTextAlign(TextAlignment.RIGHT);
    g.fillText(fmt(edges[edges.length - 1]), c.getWidth() - left, c.getHeight() - 2);
  }

  /** x: lateral g, y: longitudinal g; axes through 0, equal scale (a friction circle). */
  static void scatter(Canvas c, double[] xs, double[] ys, String title) {
    frame(c, title);
    double lim = 0.5;
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
        lim = Math.max(lim, Math.max(Math.abs(xs[i]), Math.abs(ys[i])));
      }
    }
    lim = Math.ceil(lim * 2) / 2;
    double cx = c.getWidth() / 2;
    double cy = (c.getHeight() + 14) / 2;
    double r = Math.min(c.getWidth(), c.getHeight() - 14) / 2 - 12;
    GraphicsContext g = c.getGraphicsContext2D();
    g.setStroke(GRID);
    g.setLineWidth(1);
    g.strokeLine(cx - r, cy, cx + r, cy);
    g.strokeLine(cx, cy - r, cx, cy + r);
    for (double ring = 0.5; ring <= lim; ring += 0.5) {
      double rr = r * ring / lim;
      g.strokeOval(cx - rr, cy - rr, 2 * rr, 2 * rr);
    }
    g.setFill(Color.web("#ffb74d", 0.35));
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
        g.fillRect(cx + xs[i] / lim * r - 1, cy - ys[i] / lim * r - 1, 2, 2);
      }
    }
    g.setFill(TEXT);
    g.setTextAlign(TextAlignment.RIGHT);
    g.setTextBaseline(VPos.BOTTOM);
    g.fillText(
        String.format(Locale.ROOT, "rings 0.5 g · ±%.1f g", lim),
        c.getWidth() - 6,
        c.getHeight() - 2);
  }

  private static void note(Canvas c, String text) {
    GraphicsContext g = c.getGraphicsContext2D();
    g.setFill(TEXT);
    g.setTextAlign(TextAlignment.CENTER);
    g.setTextBaseline(VPos.CENTER);
    g.fillText(text, c.getWidth() / 2, c.getHeight() / 2);
  }

  static Color heat(double v, double lo, double hi) {
    if (!Double.isFinite(v) || !(hi > lo)) {
      return Color.web("#607080");
    }
    double t = Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
    return Color.hsb(120 * (1 - t), 0.85, 0.95);
  }

  private static double[] symmetricIfSigned(double[] r) {
    if (r[0] < 0 && r[1] > 0) {
      double m = Math.max(-r[0], r[1]);
      return new double[] {-m, m};
    }
    return r;
  }

  static double[] range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    return lo <= hi ? new double[] {lo, hi} : new double[] {0, 0};
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
  }
}
