package dev.pitwall.app.live;

import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.StoreException;
import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2SessionStore;
import dev.pitwall.storage.h2.H2StoreOptions;
import dev.pitwall.storage.h2.WrongPasswordException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens the session database, asking for its password first when the file is encrypted: a wrong
 * password is asked again with the reason shown, giving none ends with {@link Cancelled}. The
 * password lives only in a char array that is wiped after the attempt; it is never logged.
 *
 * <p>Thread contract: call from a thread that may block (never the FX thread: the dialog prompt
 * waits for it).
 */
public final class DatabaseUnlock {
  static final String WRONG = "Wrong password — try again";

  private DatabaseUnlock() {}

  /** Asks a person for the password of {@code db}; blocks; empty when they decline. */
  @FunctionalInterface
  public interface PasswordPrompt {
    /**
     * @param problem why it is asked again, blank the first time
     */
    Optional<char[]> ask(Path db, String problem);
  }

  /** The person declined to give the password: nothing was opened. */
  public static final class Cancelled extends StoreException {
    private static final long serialVersionUID = 1L;

    Cancelled(Path db) {
      super("database " + db + " is encrypted and no password was given: not opened");
    }
  }

  /**
   * @throws Cancelled when the prompt returns empty
   * @throws StoreException for every other reason the store cannot open (in use, corrupt, ...)
   */
  public static SessionStore open(Path db, PasswordPrompt prompt) {
    if (!H2DatabaseFile.isEncrypted(db)) {
      return H2SessionStore.open(db);
    }
    String problem = "";
    while (true) {
      Optional<char[]> answer = prompt.ask(db, problem);
      if (answer.isEmpty()) {
        throw new Cancelled(db);
      }
      char[] password = answer.get();
      try {
        return H2SessionStore.open(db, H2StoreOptions.defaults().withPassword(password));
      } catch (WrongPasswordException e) {
        problem = WRONG;
      } catch (IllegalArgumentException e) { // empty, or a space H2 cannot take: cannot be right
        problem = capitalised(e.getMessage());
      } finally {
        Arrays.fill(password, '\0');
      }
    }
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * From JDK 22 {@code System.console()} exists without a terminal too (then reading would take the
   * password from piped input); {@code isTerminal()} tells, and is not in the Java 21 API.
   */
  private static boolean isTerminal(java.io.Console c) {
    try {
      return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // Java 21: console() is null without a terminal, so this is one
    }
  }

  /** Asks on the terminal without echo; empty without a terminal (a script gets the error). */
  public static PasswordPrompt console() {
    return (db, problem) -> {
      java.io.Console c = System.console();
      if (c == null || !isTerminal(c)) {
        return Optional.empty();
      }
      if (!problem.isBlank()) {
        c.printf("%s%n", problem);
      }
      return Optional.ofNullable(c.readPassword("Password for %s: ", db));
    };
  }
}
