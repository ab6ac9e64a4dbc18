package dev.pitwall.app.live;

import dev.pitwall.core.session.StoreException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The password of an encrypted database for a script: one just set by this process ({@link
 * #remember}, e.g. by {@code record --encrypt}), else the environment variable {@value #ENV}, else
 * the {@code fallback} (the terminal). A wrong scripted password is reported once, not asked again
 * in a loop. Passwords are never put into a message.
 *
 * <p>Thread-safe.
 */
public final class ScriptedPassword implements DatabaseUnlock.PasswordPrompt {
  /** The environment variable a script gives the database password in. */
  public static final String ENV = "PITWALL_DB_PASSWORD";

  private final UnaryOperator<String> env;
  private final DatabaseUnlock.PasswordPrompt fallback;
  private final Map<Path, char[]> remembered = new ConcurrentHashMap<>();

  public ScriptedPassword(UnaryOperator<String> env, DatabaseUnlock.PasswordPrompt fallback) {
    this.env = env;
    this.fallback = fallback;
  }

  /** Uses {@code password} (copied) for {@code db} from now on in this process. */
  public void remember(Path db, char[] password) {
    remembered.put(key(db), password.clone());
  }

  @Override
  public Optional<char[]> ask(Path db, String problem) {
    char[] known = remembered.get(key(db));
    String fromEnv = env.apply(ENV);
    boolean scripted = known != null || (fromEnv != null && !fromEnv.isEmpty());
    if (!scripted) {
      return fallback.ask(db, problem);
    }
    if (!problem.isBlank()) { // the scripted password was tried and did not open it
      throw new StoreException(
          problem.equals(DatabaseUnlock.WRONG)
              ? "wrong password for database " + db + (known != null ? "" : " (from " + ENV + ")")
              : "cannot open database " + db + ": " + problem);
    }
    return Optional.of(known != null ? known.clone() : fromEnv.toCharArray());
  }

  private static Path key(Path db) {
    return db.toAbsolutePath().normalize();
  }
}
