package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * A command that prints one stored session as a table or JSON ({@code pitwall channels|laps|events
 * SESSION [--json] [--db PATH]}): opens the store, checks the session exists, prints, closes.
 */
abstract class SessionReportCommand extends SessionCommand {
  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public final Integer call() {
    try (SessionStore store = openSession()) {
      PrintWriter out = root.out();
      print(store, out);
      out.flush();
    }
    return 0;
  }

  /** Prints session {@link #sessionId} of {@code store}, as JSON when {@link #json} is set. */
  abstract void print(SessionStore store, PrintWriter out);
}
