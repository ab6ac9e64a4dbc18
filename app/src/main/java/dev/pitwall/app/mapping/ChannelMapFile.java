package dev.pitwall.app.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The channel map file: one {@code ROLE = SOURCE} per line, {@code #} starts a comment.
 *
 * <pre>
 * # RAV4 through toyota_rav4_hybrid_2017_pt_generated.dbc
 * speed         = SPEED.SPEED
 * throttle      = GAS_PEDAL.GAS_PEDAL * 100          # 0..1 -> %
 * accLong       = ACCELEROMETER.ACCEL_X [m/s2]       # converted to g
 * brakePressureFront = BRAKE_MODULE.BRAKE_PRESSURE * 0.1 - 2 [bar]
 * fuel          = none                               # nothing, even if a channel would fit
 * </pre>
 *
 * SOURCE is {@code CHANNEL [* FACTOR] [+|- OFFSET] [[UNIT]]}, {@code none} or {@code auto}. The
 * channel name is everything up to the first {@code *}, {@code +}, {@code -} after a space, or
 * {@code [}. Errors name the file and line and say what is wrong.
 */
public final class ChannelMapFile {
  private static final String NUMBER = "[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?";
  private static final Pattern SOURCE =
      Pattern.compile(
          "^(?<ch>[^\\[]+?)"
              + "(?:\\s+\\*\\s*(?<f>-?"
              + NUMBER
              + "))?"
              + "(?:\\s+(?<sign>[-+])\\s*(?<o>"
              + NUMBER
              + "))?"
              + "(?:\\s*\\[(?<u>[^\\]]*)\\])?$");
  private static final String SYNTAX =
      "ROLE = CHANNEL [* FACTOR] [+ OFFSET] [[UNIT]], none or auto";

  private ChannelMapFile() {}

  /**
   * @throws ChannelMapException naming the file (and line) when it cannot be read or is wrong
   */
  public static ChannelMap read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ChannelMapException(file + ": cannot read the channel map: " + e.getMessage());
    }
    return parse(file.toString(), lines);
  }

  /** Parses the lines of {@code name}; the first error throws. */
  public static ChannelMap parse(String name, List<String> lines) {
    Map<ScreenRole, RoleSource> entries = new EnumMap<>(ScreenRole.class);
    Map<ScreenRole, Integer> lineOf = new EnumMap<>(ScreenRole.class);
    for (int i = 0; i < lines.size(); i++) {
      String where = name + ":" + (i + 1) + ": ";
      String text = stripComment(lines.get(i)).strip();
      if (text.isEmpty()) {
        continue;
      }
      int eq = text.indexOf('=');
      if (eq < 0) {
        throw new ChannelMapException(where + "no '=' in '" + text + "'; expected " + SYNTAX);
      }
      String key = text.substring(0, eq).strip();
      ScreenRole role =
          ScreenRole.ofKey(key)
              .orElseThrow(
                  () ->
                      new ChannelMapException(
                          where + "unknown role '" + key + "'; roles are " + ScreenRole.keys()));
      Integer first = lineOf.putIfAbsent(role, i + 1);
      if (first != null) {
        throw new ChannelMapException(
            where + key + " is mapped twice (first on line " + first + ")");
      }
      RoleSource source = source(role, text.substring(eq + 1).strip(), where);
      if (source != null) {
        entries.put(role, source);
      }
    }
    return new ChannelMap(entries);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** Null for "auto". */
  private static RoleSource source(ScreenRole role, String text, String where) {
    if (text.isEmpty()) {
      throw new ChannelMapException(where + role.key() + " has no channel; expected " + SYNTAX);
    }
    if (text.equals("auto")) {
      return null;
    }
    if (text.equals("none")) {
      return RoleSource.none();
    }
    Matcher m = SOURCE.matcher(text);
    if (!m.matches()) {
      throw new ChannelMapException(where + "cannot read '" + text + "'; expected " + SYNTAX);
    }
    String channel = m.group("ch").strip();
    if (channel.matches(".*\\s[*+-].*")) {
      throw new ChannelMapException(
          where + "cannot read '" + text + "': a factor or offset must be a number; " + SYNTAX);
    }
    double factor = m.group("f") == null ? 1 : Double.parseDouble(m.group("f"));
    double offset = m.group("o") == null ? 0 : Double.parseDouble(m.group("o"));
    if ("-".equals(m.group("sign"))) {
      offset = -offset;
    }
    String unit = m.group("u") == null ? null : m.group("u").strip();
    if (unit != null
        && UnitConversion.between(unit, role.unit()).isEmpty()
        && !role.alsoShown().contains(unit)) {
      throw new ChannelMapException(
          where + "unit '" + unit + "' cannot be converted to " + role.key() + "'s " + role.unit());
    }
    return new RoleSource(channel, factor, offset, unit);
  }

  /** The text of a map file holding {@code map}, readable by {@link #parse}. */
  public static String format(ChannelMap map) {
    StringBuilder s = new StringBuilder("# PitWall channel map: ").append(SYNTAX).append('\n');
    for (var e : map.entries().entrySet()) {
      s.append(e.getKey().key()).append(" = ").append(e.getValue().text()).append('\n');
    }
    return s.toString();
  }

  /** Writes {@link #format} to {@code file}. */
  public static void write(Path file, ChannelMap map) throws IOException {
    Files.writeString(file, format(map), StandardCharsets.UTF_8);
  }
}
