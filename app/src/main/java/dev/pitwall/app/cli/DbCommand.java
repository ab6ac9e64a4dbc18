package dev.pitwall.app.cli;

import dev.pitwall.app.live.ScriptedPassword;
import dev.pitwall.storage.h2.H2DatabaseFile;
import dev.pitwall.storage.h2.H2FileEncryption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code pitwall db encrypt|decrypt|change-password}: converts the database file in place through
 * {@link H2FileEncryption} (a verified copy replaces it atomically; on any failure the original
 * stays). Passwords come from a file, the environment or the terminal — never an argument.
 */
@Command(
    name = "db",
    description = "Encrypt, decrypt or change the password of the session database file.",
    subcommands = {DbCommand.Encrypt.class, DbCommand.Decrypt.class, DbCommand.Rekey.class})
final class DbCommand implements Callable<Integer> {
  /** The environment variable for the new password of {@code change-password}. */
  static final String NEW_ENV = "PITWALL_DB_NEW_PASSWORD";

  /** Replaced by tests; the process environment otherwise. */
  static UnaryOperator<String> env = System::getenv;

  @ParentCommand PitwallCommand root;

  @Override
  public Integer call() {
    throw new CliFailure("say what to do: 'pitwall db encrypt', 'decrypt' or 'change-password'");
  }

  /**
   * Reads the current password (null: the file is not encrypted) and then the new one (null: store
   * it unencrypted), converts the file and reports it; both passwords are wiped whatever happens.
   */
  void convert(
      Path path,
      String verb,
      Function<PasswordInput, char[]> currentPassword,
      Function<PasswordInput, char[]> newPassword) {
    PasswordInput in = input();
    char[] current = null;
    char[] next = null;
    try {
      current = currentPassword.apply(in);
      next = newPassword.apply(in);
      report(verb, H2FileEncryption.change(path, current, next));
    } finally {
      PasswordInput.wipe(current);
      PasswordInput.wipe(next);
    }
  }

  private void report(String verb, H2FileEncryption.Converted c) {
    root.out()
        .printf(
            Locale.ROOT,
            "database %s %s (%d sessions, %.1f MB)%n",
            c.file(),
            verb,
            c.sessions(),
            c.bytes() / 1e6);
    root.out().flush();
  }

  static PasswordInput input() {
    return new PasswordInput(env);
  }

  @Command(
      name = "encrypt",
      description = {
        "Encrypt the database with AES under a new password (asked twice on a terminal).",
        "Scripts: --password-file FILE or $" + ScriptedPassword.ENV + "."
      })
  static final class Encrypt implements Callable<Integer> {
    @ParentCommand DbCommand db;
    @Mixin DatabaseOption database;

    @Option(names = "--password-file", paramLabel = "FILE", description = "New password: line 1.")
    Path passwordFile;

    @Override
    public Integer call() {
      Path path = database.path();
      if (H2DatabaseFile.isEncrypted(path)) {
        throw new CliFailure(
            "database " + path + " is already encrypted: use 'pitwall db change-password'");
      }
      db.convert(
          path,
          "encrypted",
          in -> null,
          in -> in.read(passwordFile, ScriptedPassword.ENV, "new database password", true));
      return 0;
    }
  }

  @Command(
      name = "decrypt",
      description = {
        "Store the encrypted database unencrypted again (asks its password).",
        "Scripts: --password-file FILE or $" + ScriptedPassword.ENV + "."
      })
  static final class Decrypt implements Callable<Integer> {
    @ParentCommand DbCommand db;
    @Mixin DatabaseOption database;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Its password: line 1.")
    Path passwordFile;

    @Override
    public Integer call() {
      Path path = database.path();
      requireEncrypted(path);
      db.convert(
          path,
          "decrypted",
          in -> in.read(passwordFile, ScriptedPassword.ENV, "database password", false),
          in -> null);
      return 0;
    }
  }

  @Command(
      name = "change-password",
      description = {
        "Re-encrypt the database under a new password.",
        "Scripts: --password-file / $" + ScriptedPassword.ENV + " (current),",
        "--new-password-file / $" + NEW_ENV + " (new)."
      })
  static final class Rekey implements Callable<Integer> {
    @ParentCommand DbCommand db;
    @Mixin DatabaseOption database;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Current: line 1.")
    Path passwordFile;

    @Option(names = "--new-password-file", paramLabel = "FILE", description = "New: line 1.")
    Path newPasswordFile;

    @Override
    public Integer call() {
      Path path = database.path();
      requireEncrypted(path);
      db.convert(
          path,
          "re-encrypted",
          in -> in.read(passwordFile, ScriptedPassword.ENV, "current password", false),
          in -> in.read(newPasswordFile, NEW_ENV, "new database password", true));
      return 0;
    }
  }

  static void requireEncrypted(Path path) {
    if (!H2DatabaseFile.isEncrypted(path)) {
      throw new CliFailure("database " + path + " is not encrypted (or does not exist)");
    }
  }
}
