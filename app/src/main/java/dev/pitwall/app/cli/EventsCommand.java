package dev.pitwall.app.cli;

import dev.pitwall.app.ui.annotation.SessionTimeText;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(
    name = "events",
    description =
        "List a session's annotations (notes, markers, pit stops, flags, setup changes)"
            + " and recording gaps, in time order.")
final class EventsCommand extends SessionReportCommand {
  @Override
  void print(SessionStore store, PrintWriter out) {
    List<Annotation> events =
        store instanceof SessionAnnotations notes ? notes.annotations(sessionId) : List.of();
    if (json) {
      out.println(Json.write(rows(events)));
      return;
    }
    TextTable table = new TextTable("TIME", "END", "KIND", "TEXT", "AUTHOR", "ADDED");
    for (Annotation a : events) {
      table.row(
          SessionTimeText.format(a.startNanos()),
          a.endNanos() == a.startNanos() ? "" : SessionTimeText.format(a.endNanos()),
          a.kind().id(),
          a.text(),
          a.author(),
          a.createdAt().map(Object::toString).orElse(""));
    }
    table.print(out);
  }

  private static List<Object> rows(List<Annotation> events) {
    List<Object> rows = new ArrayList<>();
    for (Annotation a : events) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", a.kind().id());
      m.put("startS", a.startNanos() / 1e9);
      m.put("endS", a.endNanos() / 1e9);
      m.put("text", a.text());
      m.put("author", a.author());
      m.put("createdAt", a.createdAt().map(Object::toString).orElse(null));
      rows.add(m);
    }
    return rows;
  }
}
