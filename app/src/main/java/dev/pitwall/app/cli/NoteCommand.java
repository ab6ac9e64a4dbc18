package dev.pitwall.app.cli;

import dev.pitwall.app.ui.annotation.SessionTimeText;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "note",
    description =
        "Append an annotation (note, marker, pit stop, flag, setup change) to a session, while it"
            + " records or after. Annotations are never changed: a correction is a new note.")
final class NoteCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
  long sessionId;

  @Parameters(index = "1..*", paramLabel = "TEXT", description = "The annotation's text.")
  String[] text = {};

  @Option(
      names = "--at",
      paramLabel = "TIME",
      description =
          "Session time: 754.5s, 12:34.5 or 1:02:34.5 (default: now for a session being"
              + " recorded, its end otherwise).")
  String at;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "note, marker, pit, flag or setup (default: ${DEFAULT-VALUE}).")
  String kind = "note";

  @Option(names = "--author", description = "Who adds it (default: ${DEFAULT-VALUE}).")
  String author = System.getProperty("user.name", "");

  @Override
  public Integer call() {
    try (SessionStore store = root.services().openStore(database.path())) {
      root.requireSession(store, sessionId);
      if (!(store instanceof SessionAnnotations notes)) {
        throw new CliFailure("this store cannot hold annotations");
      }
      SessionSummary s = store.session(sessionId).orElseThrow();
      try {
        long atNanos = at == null ? defaultTime(s) : SessionTimeText.parseNanos(at);
        Annotation a =
            notes.annotate(
                sessionId, AnnotationKind.parse(kind), atNanos, String.join(" ", text), author);
        root.out()
            .println(
                "added "
                    + a.kind().id()
                    + " at "
                    + SessionTimeText.format(a.startNanos())
                    + " to session "
                    + sessionId);
        root.out().flush();
      } catch (IllegalArgumentException e) {
        throw new CliFailure("session " + sessionId + ": " + e.getMessage());
      }
    }
    return 0;
  }

  private static long defaultTime(SessionSummary s) {
    if (s.status() == SessionStatus.RECORDING) {
      return Math.max(0, Duration.between(s.info().start(), Instant.now()).toNanos());
    }
    return s.duration().toNanos();
  }
}
