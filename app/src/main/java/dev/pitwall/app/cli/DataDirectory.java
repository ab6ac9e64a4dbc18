package dev.pitwall.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where PitWall keeps its session database by default, per operating system conventions. */
public final class DataDirectory {
  private DataDirectory() {}

  /** The default database file (without H2's {@code .mv.db} suffix). */
  public static Path defaultDatabase() {
    return resolve(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
        .resolve("pitwall");
  }

  static Path resolve(Map<String, String> env, String osName, String home) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (env.containsKey("PITWALL_DATA")) {
      return Path.of(env.get("PITWALL_DATA"));
    }
    if (os.contains("win")) {
      String appData = env.getOrDefault("APPDATA", home + "\\AppData\\Roaming");
      return Path.of(appData, "PitWall");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "PitWall");
    }
    String xdg = env.get("XDG_DATA_HOME");
    return (xdg == null || xdg.isBlank())
        ? Path.of(home, ".local", "share", "pitwall")
        : Path.of(xdg, "pitwall");
  }
}
