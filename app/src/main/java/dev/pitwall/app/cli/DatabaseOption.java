package dev.pitwall.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db PATH} option shared by every command that touches the session database. */
public final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Session database file (default: ${DEFAULT-VALUE}).")
  Path db = DataDirectory.defaultDatabase();

  /** The database path without H2's {@code .mv.db} suffix. */
  public Path path() {
    String name = db.getFileName() == null ? "" : db.getFileName().toString();
    if (name.endsWith(".mv.db")) {
      return db.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    }
    return db;
  }
}
