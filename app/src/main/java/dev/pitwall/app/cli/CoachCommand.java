package dev.pitwall.app.cli;

import dev.pitwall.analytics.coaching.Anomaly;
import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.app.report.CoachingRun;
import dev.pitwall.app.report.HtmlReport;
import dev.pitwall.app.report.SessionAnalyser;
import dev.pitwall.app.report.SessionAnalysis;
import dev.pitwall.app.report.StartLine;
import dev.pitwall.core.session.SessionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "coach",
    description =
        "Coach a lap corner by corner: findings ranked by time lost against a reference lap.")
final class CoachCommand extends SessionCommand {
  @Option(names = "--lap", paramLabel = "N", description = "Lap to coach (default: the latest).")
  Integer lap;

  @Option(
      names = "--reference",
      paramLabel = "SESSION:LAP",
      description = "Reference lap (default: the session's best), e.g. 3:5 or 3 (its best).")
  String reference;

  @Option(
      names = "--start-line",
      paramLabel = "LAT,LON,HEADING",
      description =
          "Start/finish line for a session without lapDistance: centre in degrees and the"
              + " compass heading of travel over it, e.g. 31.0789284,121.1151276,291.")
  String startLine;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--report", paramLabel = "FILE", description = "Write a printable HTML report.")
  Path report;

  @Override
  public Integer call() throws IOException {
    try (SessionStore store = openSession()) {
      SessionAnalyser analyser = SessionAnalyser.withDefaults();
      if (startLine != null) {
        analyser = analyser.withStartLine(startLine(startLine));
      }
      SessionAnalysis analysis = analyse(analyser, store, sessionId);
      SessionAnalysis refSession = analysis;
      Integer refLap = null;
      if (reference != null) {
        String[] parts = reference.split(":", 2);
        long refId = number(parts[0], "--reference session");
        refLap = parts.length > 1 ? (int) number(parts[1], "--reference lap") : null;
        root.requireSession(store, refId);
        refSession = refId == sessionId ? analysis : analyse(analyser, store, refId);
      }
      CoachingReport result = coach(analysis, refSession, refLap);
      if (report != null) {
        Files.writeString(report, HtmlReport.render(analysis, result), StandardCharsets.UTF_8);
      }
      if (json) {
        root.out().println(Json.write(json(analysis, result)));
      } else {
        print(analysis, result, root.out());
      }
      if (report != null) {
        root.out().println("report written to " + report.toAbsolutePath());
      }
      root.out().flush();
    }
    return 0;
  }

  private CoachingReport coach(SessionAnalysis analysis, SessionAnalysis ref, Integer refLap) {
    try {
      return CoachingRun.coach(analysis, lap, ref, refLap);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
  }

  private static SessionAnalysis analyse(SessionAnalyser analyser, SessionStore store, long id) {
    try {
      return analyser.analyse(store, id);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(e.getMessage());
    }
  }

  private static StartLine startLine(String text) {
    String[] parts = text.split(",");
    if (parts.length != 3) {
      throw new CliFailure(
          "--start-line '"
              + text
              + "': give LAT,LON,HEADING (degrees), e.g. 31.07893,121.11513,291");
    }
    try {
      return StartLine.userDefined(
          Double.parseDouble(parts[0].strip()),
          Double.parseDouble(parts[1].strip()),
          Double.parseDouble(parts[2].strip()));
    } catch (IllegalArgumentException e) { // NumberFormatException included
      throw new CliFailure("--start-line '" + text + "': " + e.getMessage());
    }
  }

  private static long number(String text, String what) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new CliFailure(what + " '" + text + "' is not a number (give SESSION or SESSION:LAP)");
    }
  }

  private static void print(SessionAnalysis a, CoachingReport r, PrintWriter out) {
    var consistency = a.coaching().consistency();
    out.printf(
        Locale.ROOT,
        "session %d: %d valid laps on the grid, %d corners, lap-time CV %.2f %%%n",
        a.session().id(),
        a.gridLaps().size(),
        a.coaching().corners().size(),
        100 * consistency.coefficientOfVariation());
    out.printf(
        Locale.ROOT,
        "lap %d (%s) against lap %d (%s): %+.3f s%n",
        r.lapNumber(),
        LapFormat.lapTime(r.lapTimeS()),
        r.referenceLapNumber(),
        LapFormat.lapTime(r.referenceLapTimeS()),
        r.lapTimeS() - r.referenceLapTimeS());
    if (!r.comparable()) {
      out.println("reference not comparable: " + r.referenceProblem());
    }
    if (!r.findings().isEmpty()) {
      TextTable table = new TextTable("#", "WHERE", "FROM M", "TO M", "LOST S", "FINDING");
      int rank = 1;
      for (Finding f : r.findings()) {
        table.row(
            rank++,
            f.where(),
            String.format(Locale.ROOT, "%.0f", f.fromM()),
            String.format(Locale.ROOT, "%.0f", f.toM()),
            String.format(Locale.ROOT, "%+.3f", f.timeLostS()),
            f.text());
      }
      table.print(out);
    }
    for (Anomaly an : r.anomalies()) {
      out.println("anomaly: " + an.text());
    }
    for (String note : a.notes()) {
      out.println("note: " + note);
    }
  }

  private static Map<String, Object> json(SessionAnalysis a, CoachingReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("session", a.session().id());
    m.put("lap", r.lapNumber());
    m.put("lapTimeS", r.lapTimeS());
    m.put("referenceLap", r.referenceLapNumber());
    m.put("referenceLapTimeS", r.referenceLapTimeS());
    m.put("referenceProblem", r.referenceProblem());
    m.put("corners", a.coaching().corners().size());
    m.put("lapTimeCv", a.coaching().consistency().coefficientOfVariation());
    List<Object> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("where", f.where());
      fm.put("timeLostS", f.timeLostS());
      fm.put("fromM", f.fromM());
      fm.put("toM", f.toM());
      fm.put("text", f.text());
      findings.add(fm);
    }
    m.put("findings", findings);
    m.put("anomalies", new ArrayList<Object>(r.anomalies().stream().map(Anomaly::text).toList()));
    m.put("notes", new ArrayList<Object>(a.notes()));
    return m;
  }
}
