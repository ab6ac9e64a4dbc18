package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.catalog.SessionCatalog;
import java.io.Console;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pitwall delete SESSION [--db PATH] [--yes]}: deletes a session with all its data. Asks for
 * confirmation on a terminal; without one it refuses unless {@code --yes} is given, so a script
 * never deletes by accident.
 */
@Command(
    name = "delete",
    description = "Delete a session with all its samples and laps (asks first; --yes to skip).")
final class DeleteCommand extends SessionCommand {
  /** Asks the user a question; empty when there is no terminal to ask on. */
  interface Prompter {
    Optional<String> ask(String question);

    static Prompter console() {
      return question -> {
        Console c = System.console();
        if (c == null) {
          return Optional.empty();
        }
        return Optional.ofNullable(c.readLine("%s", question));
      };
    }
  }

  /** Replaced by tests; the real terminal otherwise. */
  static Prompter prompter = Prompter.console();

  @Option(names = "--yes", description = "Delete without asking.")
  boolean yes;

  @Override
  public Integer call() {
    try (SessionStore store = openSession()) {
      if (!(store instanceof SessionCatalog catalog)) {
        throw new CliFailure("this session store cannot delete sessions");
      }
      SessionSummary s = store.session(sessionId).orElseThrow();
      if (!yes && !confirmed(s)) {
        root.out().println("session " + sessionId + " kept");
        root.out().flush();
        return 1;
      }
      catalog.delete(sessionId);
      root.out().println("session " + sessionId + " deleted (" + s.samples() + " samples)");
      root.out().flush();
    }
    return 0;
  }

  private boolean confirmed(SessionSummary s) {
    String question =
        String.format(
            Locale.ROOT,
            "Delete session %d (%s, %s, %s, %s, %d samples, %d laps)? [y/N] ",
            s.id(),
            s.info().start(),
            s.info().track(),
            s.info().car(),
            s.info().driver(),
            s.samples(),
            s.laps());
    Optional<String> answer = prompter.ask(question);
    if (answer.isEmpty()) {
      throw new CliFailure(
          "not deleting session " + s.id() + ": no terminal to confirm on; add --yes to delete");
    }
    String a = answer.get().strip().toLowerCase(Locale.ROOT);
    return a.equals("y") || a.equals("yes");
  }
}
