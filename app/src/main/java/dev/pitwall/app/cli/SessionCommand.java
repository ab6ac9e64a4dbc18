package dev.pitwall.app.cli;

import dev.pitwall.core.session.SessionStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** A command about one stored session: {@code pitwall <command> SESSION [--db PATH] ...}. */
abstract class SessionCommand implements Callable<Integer> {
  @ParentCommand PitwallCommand root;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "SESSION", description = "Session id (see 'pitwall sessions').")
  long sessionId;

  /**
   * Opens the database and checks that session {@link #sessionId} is in it; the caller closes the
   * store.
   *
   * @throws CliFailure naming the session when it is not there (the store is closed again)
   */
  SessionStore openSession() {
    SessionStore store = root.services().openStore(database.path());
    try {
      root.requireSession(store, sessionId);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }
}
