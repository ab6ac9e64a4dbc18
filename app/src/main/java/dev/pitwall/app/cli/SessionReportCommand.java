package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * A command that prints one stored session as a table or JSON ({@code pitwall channels|laps|events
 * SESSION [--json] [--db PATH]}): opens the store, checks the session exists, prints, closes.
 */
abstract class SessionReportCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "SESSION", description = "Session id (see 'pitwall sessions').")
  long sessionId;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public final Integer call() {
    try (SessionStore store = root.services().openStore(database.path())) {
      root.requireSession(store, sessionId);
      PrintWriter out = root.out();
      print(store, out);
      out.flush();
    }
    return 0;
  }

  /** Prints session {@link #sessionId} of {@code store}, as JSON when {@link #json} is set. */
  abstract void print(SessionStore store, PrintWriter out);
}
