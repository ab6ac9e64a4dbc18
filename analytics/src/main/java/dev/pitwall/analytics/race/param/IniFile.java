package dev.pitwall.analytics.race.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The INI dialect of the TUM parameter files (Python {@code configparser} defaults): {@code
 * [SECTION]} headers, {@code key = value} entries whose value continues on following indented
 * lines, full-line {@code #}/{@code ;} comments, keys case-insensitive. Immutable once read.
 */
public final class IniFile {
  private final String sourceName;
  private final Map<String, Map<String, Entry>> sections;

  /** One value with the 1-based line of its key, for error messages. */
  public record Entry(String value, int line) {}

  private IniFile(String sourceName, Map<String, Map<String, Entry>> sections) {
    this.sourceName = sourceName;
    this.sections = sections;
  }

  /** Parses the lines of one file; {@code sourceName} only labels error messages. */
  public static IniFile parse(String sourceName, List<String> lines) {
    Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
    Map<String, Entry> current = null;
    String key = null;
    StringBuilder value = null;
    int keyLine = 0;
    for (int i = 0; i < lines.size(); i++) {
      String raw = lines.get(i);
      String trimmed = raw.strip();
      boolean continuation = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
      if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (continuation && key != null && !trimmed.isEmpty()) {
        value.append('\n').append(trimmed);
        continue;
      }
      if (key != null) {
        current.put(key, new Entry(value.toString(), keyLine));
        key = null;
      }
      if (trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        String name = trimmed.substring(1, trimmed.length() - 1).strip();
        if (sections.containsKey(name)) {
          throw new RaceParamException(
              sourceName + " line " + (i + 1) + ": duplicate section [" + name + "]");
        }
        current = new LinkedHashMap<>();
        sections.put(name, current);
        continue;
      }
      int eq = trimmed.indexOf('=');
      if (current == null || eq <= 0) {
        throw new RaceParamException(
            sourceName
                + " line "
                + (i + 1)
                + ": expected [SECTION] or key = value, got \""
                + abbreviate(trimmed)
                + "\"");
      }
      key = trimmed.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
      value = new StringBuilder(trimmed.substring(eq + 1).strip());
      keyLine = i + 1;
    }
    if (key != null) {
      current.put(key, new Entry(value.toString(), keyLine));
    }
    return new IniFile(sourceName, sections);
  }

  public String sourceName() {
    return sourceName;
  }

  public boolean hasSection(String section) {
    return sections.containsKey(section);
  }

  /** The value of {@code key} in {@code section}, if both exist. */
  public Optional<Entry> entry(String section, String key) {
    Map<String, Entry> s = sections.get(section);
    return s == null
        ? Optional.empty()
        : Optional.ofNullable(s.get(key.toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * Parses the JSON value of {@code key} in {@code section} into a {@link ParamNode}; a missing
   * section/key or a JSON syntax error throws {@link RaceParamException} naming file, section, key.
   */
  public ParamNode json(String section, String key) {
    if (!sections.containsKey(section)) {
      throw new RaceParamException(sourceName + ": missing section [" + section + "]");
    }
    Entry e =
        entry(section, key)
            .orElseThrow(
                () ->
                    new RaceParamException(sourceName + " [" + section + "]: missing key " + key));
    try {
      return new ParamNode(JsonReader.parse(e.value()), new ParamPath(sourceName, section, key));
    } catch (IllegalArgumentException ex) {
      throw new RaceParamException(
          sourceName + " [" + section + "] " + key + " (line " + e.line() + "): " + ex.getMessage(),
          ex);
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
