package dev.pitwall.app.report;

import java.util.Locale;

/**
 * Inline SVG for the printable report: a distance trace decimated to min/max per pixel column, and
 * a track map drawn from posX/posY. Pure string building; thread-safe.
 */
final class Svg {
  private Svg() {}

  /** A line chart of {@code values} over a grid of {@code stepM} metres, {@code width} px wide. */
  static String trace(String title, String unit, double[] values, double stepM, String colour) {
    int width = 900;
    int height = 140;
    int pad = 40;
    double[] range = range(values);
    double lo = range[0];
    double hi = range[1] > range[0] ? range[1] : range[0] + 1;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"trace\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
            width,
            height,
            width,
            height));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"4\" y=\"14\">%s (%s) %.0f…%.0f</text>",
            Html.escape(title),
            Html.escape(unit),
            lo,
            hi));
    sb.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" points=\"");
    int plotW = width - pad;
    int n = values.length;
    for (int col = 0; col < plotW && n > 1; col++) {
      int from = (int) ((long) col * n / plotW);
      int to = Math.max(from + 1, (int) ((long) (col + 1) * n / plotW));
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to && i < n; i++) {
        if (Double.isFinite(values[i])) {
          min = Math.min(min, values[i]);
          max = Math.max(max, values[i]);
        }
      }
      if (min <= max) {
        double x = pad + col;
        point(sb, x, y(min, lo, hi, height));
        point(sb, x, y(max, lo, hi, height));
      }
    }
    sb.append("\"/>");
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f m</text></svg>",
            width - 4,
            height - 4,
            (n - 1) * stepM));
    return sb.toString();
  }

  /** The lap's path, north up, equal scale on both axes. */
  static String map(double[] xM, double[] yM) {
    int size = 420;
    double[] rx = range(xM);
    double[] ry = range(yM);
    double span = Math.max(rx[1] - rx[0], ry[1] - ry[0]);
    if (!(span > 0)) {
      return "<p>no position data for a map</p>";
    }
    double scale = (size - 20) / span;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
            size,
            size,
            size,
            size));
    sb.append("<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"3\" points=\"");
    int stride = Math.max(1, xM.length / 2000);
    for (int i = 0; i < xM.length; i += stride) {
      if (Double.isFinite(xM[i]) && Double.isFinite(yM[i])) {
        point(sb, 10 + (xM[i] - rx[0]) * scale, size - 10 - (yM[i] - ry[0]) * scale);
      }
    }
    sb.append("\"/>");
    if (Double.isFinite(xM[0]) && Double.isFinite(yM[0])) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#d62728\"/>",
              10 + (xM[0] - rx[0]) * scale,
              size - 10 - (yM[0] - ry[0]) * scale));
    }
    return sb.append("</svg>").toString();
  }

  private static double y(double v, double lo, double hi, int height) {
    return height - 18 - (v - lo) / (hi - lo) * (height - 38);
  }

  private static void point(StringBuilder sb, double x, double y) {
    sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
  }

  private static double[] range(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
  }
}
