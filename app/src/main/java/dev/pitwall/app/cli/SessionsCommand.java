package dev.pitwall.app.cli;

import dev.pitwall.app.live.SessionCloser;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sessions",
    description = {
      "List recorded sessions: id, start, source, track, duration, samples, laps, best lap.",
      "--close SESSION marks an INTERRUPTED or FAILED session complete (laps recomputed)."
    })
final class SessionsCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Option(
      names = "--close",
      paramLabel = "SESSION",
      description =
          "Close the interrupted (or failed) session SESSION as complete: merge its storage chunks"
              + " and recompute its laps from the samples.")
  Long close;

  @Override
  public Integer call() {
    try (SessionStore store = root.services().openStore(database.path())) {
      if (close != null) {
        root.requireSession(store, close);
        SessionCloser.Result r = new SessionCloser().close(store, close);
        root.out()
            .printf(
                "session %d closed as COMPLETED: %d laps (%s), %d gap(s)%n",
                r.sessionId(),
                r.laps(),
                r.recomputed() ? "recomputed" : "kept as recorded",
                r.gaps());
        root.out().flush();
        return 0;
      }
      print(store.sessions(), root.out());
    }
    return 0;
  }

  private void print(List<SessionSummary> sessions, PrintWriter out) {
    if (json) {
      List<Object> rows = new ArrayList<>();
      for (SessionSummary s : sessions) {
        rows.add(toMap(s));
      }
      out.println(Json.write(rows));
      out.flush();
      return;
    }
    TextTable table =
        new TextTable(
            "ID", "START", "STATUS", "SOURCE", "TRACK", "DURATION", "SAMPLES", "LAPS", "BEST");
    for (SessionSummary s : sessions) {
      table.row(
          s.id(),
          s.info().start().toString(),
          s.status(),
          s.info().source(),
          s.info().track(),
          LapFormat.lapTime(s.duration().toNanos() / 1e9),
          s.samples(),
          s.laps(),
          s.bestLapS().isPresent() ? LapFormat.lapTime(s.bestLapS().getAsDouble()) : "-");
    }
    table.print(out);
  }

  static Map<String, Object> toMap(SessionSummary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("start", s.info().start().toString());
    m.put("status", s.status().name());
    m.put("source", s.info().source());
    m.put("car", s.info().car());
    m.put("driver", s.info().driver());
    m.put("track", s.info().track());
    m.put("durationS", s.duration().toNanos() / 1e9);
    m.put("samples", s.samples());
    m.put("laps", s.laps());
    m.put("bestLapS", s.bestLapS().isPresent() ? s.bestLapS().getAsDouble() : null);
    return m;
  }
}
