package dev.pitwall.app.report;

import dev.pitwall.analytics.coaching.Anomaly;
import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.core.session.SessionInfo;
import java.util.Locale;

/**
 * A printable, self-contained HTML session report: lap table, best-lap traces and map as inline
 * SVG, top findings and anomalies. No scripts, no external files: it prints as it is.
 *
 * <p>Pure string building; thread-safe.
 */
public final class HtmlReport {
  private static final int TOP_FINDINGS = 8;

  /**
   * Printing from a browser (or "Save as PDF"): A4 with 15 mm margins, 10 pt text, colours of the
   * best/invalid rows and the SVG traces kept (browsers drop backgrounds by default), table header
   * rows repeated on every page, no row, figure or list item cut across a page, headings kept with
   * what follows them, and figures shrunk to the page width.
   */
  private static final String PRINT_CSS =
      "@page{size:A4;margin:15mm}"
          + "@media print{body{margin:0;font-size:10pt;-webkit-print-color-adjust:exact;"
          + "print-color-adjust:exact}h1{font-size:15pt;margin-top:0}"
          + "h2{font-size:12pt;break-after:avoid;page-break-after:avoid}"
          + "thead{display:table-header-group}tr,li,svg{break-inside:avoid;"
          + "page-break-inside:avoid}table{width:100%}"
          + "svg{max-width:100%;height:auto}p,li{orphans:3;widows:3}}";

  private static final String CSS =
      "body{font-family:sans-serif;margin:24px;color:#222}h1{font-size:22px}"
          + "h2{font-size:17px;border-bottom:1px solid #999;margin-top:24px}"
          + "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #bbb;"
          + "padding:3px 8px;text-align:right}td.l,th.l{text-align:left}"
          + "tr.best{background:#e6f3e6}tr.invalid{color:#999}svg{display:block;margin:6px 0;"
          + "font-size:11px}svg.trace{border:1px solid #ddd}"
          + PRINT_CSS;

  private HtmlReport() {}

  public static String render(SessionAnalysis a, CoachingReport report) {
    SessionInfo info = a.session().info();
    StringBuilder sb = new StringBuilder(64_000);
    sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>PitWall session ")
        .append(a.session().id())
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body>");
    sb.append("<h1>PitWall session ")
        .append(a.session().id())
        .append(" — ")
        .append(Html.escape(String.join(" · ", info.car(), info.driver(), info.track())))
        .append("</h1>");
    sb.append(
        String.format(
            Locale.ROOT,
            "<p>%s · %d laps · lap-time CV %.2f %% over %d valid laps</p>",
            info.start(),
            a.laps().size(),
            100 * a.coaching().consistency().coefficientOfVariation(),
            a.coaching().consistency().n()));
    lapTable(a, sb);
    findings(report, sb);
    a.best().ifPresent(best -> traces(best, sb));
    if (!a.notes().isEmpty()) {
      sb.append("<h2>Notes</h2><ul>");
      a.notes().forEach(n -> sb.append("<li>").append(Html.escape(n)).append("</li>"));
      sb.append("</ul>");
    }
    return sb.append("</body></html>").toString();
  }

  private static void lapTable(SessionAnalysis a, StringBuilder sb) {
    double best = a.best().map(LapAnalysis::lapTimeS).orElse(Double.NaN);
    int sectors = a.laps().stream().mapToInt(l -> l.sectorTimesS().size()).max().orElse(0);
    sb.append("<h2>Laps</h2><table><thead><tr><th>Lap</th><th>Time</th><th>Δ best</th>");
    for (int i = 1; i <= sectors; i++) {
      sb.append("<th>S").append(i).append("</th>");
    }
    sb.append("<th class=\"l\">Status</th></tr></thead><tbody>");
    for (DetectedLap lap : a.laps()) {
      boolean isBest = lap.valid() && lap.lapTimeS() == best;
      sb.append("<tr class=\"")
          .append(isBest ? "best" : lap.valid() ? "" : "invalid")
          .append("\"><td>")
          .append(lap.number())
          .append("</td><td>")
          .append(time(lap.lapTimeS()))
          .append("</td><td>")
          .append(lap.valid() ? String.format(Locale.ROOT, "%+.3f", lap.lapTimeS() - best) : "")
          .append("</td>");
      for (int i = 0; i < sectors; i++) {
        sb.append("<td>")
            .append(i < lap.sectorTimesS().size() ? time(lap.sectorTimesS().get(i)) : "–")
            .append("</td>");
      }
      sb.append("<td class=\"l\">")
          .append(
              lap.valid()
                  ? "valid"
                  : Html.escape(lap.kind() + ": " + String.join("; ", lap.invalidReasons())))
          .append("</td></tr>");
    }
    sb.append("</tbody></table>");
  }

  private static void findings(CoachingReport r, StringBuilder sb) {
    sb.append(
        String.format(
            Locale.ROOT,
            "<h2>Lap %d against lap %d: %+.3f s</h2>",
            r.lapNumber(),
            r.referenceLapNumber(),
            r.lapTimeS() - r.referenceLapTimeS()));
    if (!r.comparable()) {
      sb.append("<p>").append(Html.escape(r.referenceProblem())).append("</p>");
      return;
    }
    sb.append("<table><thead><tr><th>#</th><th class=\"l\">Where</th><th>From m</th>")
        .append("<th>To m</th><th>Lost s</th><th class=\"l\">Finding</th></tr></thead><tbody>");
    int rank = 0;
    for (Finding f : r.findings()) {
      if (++rank > TOP_FINDINGS) {
        break;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%d</td><td class=\"l\">%s</td><td>%.0f</td><td>%.0f</td><td>%+.3f</td>"
                  + "<td class=\"l\">%s</td></tr>",
              rank,
              Html.escape(f.where()),
              f.fromM(),
              f.toM(),
              f.timeLostS(),
              Html.escape(f.text())));
    }
    sb.append("</tbody></table>");
    if (!r.anomalies().isEmpty()) {
      sb.append("<h2>Anomalies (|z| &gt; 2 against the session)</h2><ul>");
      for (Anomaly an : r.anomalies()) {
        sb.append("<li>").append(Html.escape(an.text())).append("</li>");
      }
      sb.append("</ul>");
    }
  }

  private static void traces(LapAnalysis best, StringBuilder sb) {
    DistanceLap grid = best.grid();
    sb.append("<h2>Best lap (lap ")
        .append(best.lapNumber())
        .append(", ")
        .append(time(best.lapTimeS()))
        .append(")</h2>");
    String[][] shown = {
      {"speed", "km/h", "#1f77b4"},
      {"throttle", "%", "#2ca02c"},
      {"brakePressureFront", "bar", "#d62728"},
      {"steeringAngle", "deg", "#9467bd"}
    };
    for (String[] s : shown) {
      if (grid.has(s[0])) {
        sb.append(Svg.trace(s[0], s[1], grid.channel(s[0]), grid.stepM(), s[2]));
      }
    }
    if (grid.has("posX") && grid.has("posY")) {
      sb.append(Svg.map(grid.channel("posX"), grid.channel("posY")));
    }
  }

  private static String time(double s) {
    if (!Double.isFinite(s)) {
      return "–";
    }
    int minutes = (int) (s / 60);
    return String.format(Locale.ROOT, "%d:%06.3f", minutes, s - 60 * minutes);
  }
}
