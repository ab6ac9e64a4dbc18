package dev.pitwall.hardware.file;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.telemetry.Channel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a RaceChrono CSV v3 export: a preamble of {@code key,value} lines, then three header rows
 * (names, units, sources such as {@code 100: gps}, {@code calc}, {@code 200: obd}) and one row per
 * time step with empty cells where a source has no value. Times come from the {@code timestamp}
 * column (unix seconds); the session starts at the first row. The same name can appear for several
 * sources (speed from GPS, calc and OBD): the first gets the shared name, later ones a source
 * suffix ({@code speedCalc}, {@code speedObd}). Speeds in m/s become km/h; {@code lap_number}
 * becomes the {@code lapCount} beacon channel.
 */
final class RaceChronoReader {
  private RaceChronoReader() {}

  private record Column(int index, Channel channel, double scale) {}

  static ImportedSession read(Path file) {
    try (TextLines lines = new TextLines(file)) {
      String title = "";
      String track = "";
      String driver = "";
      String line = lines.next();
      while (line != null && !line.startsWith("timestamp,")) {
        List<String> kv = cellsOf(lines, line);
        String key = kv.get(0).strip();
        String value = kv.size() > 1 ? kv.get(1).strip() : "";
        if (key.equals("Format") && !value.equals("3")) {
          throw lines.error("RaceChrono CSV format " + value + " (only format 3 is supported)");
        }
        title = key.equals("Session title") ? value : title;
        track = key.equals("Track name") ? value : track;
        driver = key.equals("Driver name") ? value : driver;
        line = lines.next();
      }
      if (line == null) {
        throw ImportException.ofFile(lines.file(), "no 'timestamp,...' header row found");
      }
      List<String> names = cellsOf(lines, line);
      List<String> units = header(lines, names.size());
      List<String> sources = header(lines, names.size());
      List<Column> columns = columns(names, units, sources);
      ChannelColumns data = new ChannelColumns();
      long first = Long.MIN_VALUE;
      long rows = 0;
      for (line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = GrCupCsvReader.cells(lines, line, names.size());
        long t = time(lines, cells.get(0));
        first = first == Long.MIN_VALUE ? t : first;
        for (Column c : columns) {
          String cell = cells.get(c.index);
          if (!cell.isEmpty()) {
            data.add(c.channel, t, number(lines, cell, names.get(c.index)) * c.scale);
          }
        }
        rows++;
      }
      if (rows == 0) {
        throw ImportException.ofFile(lines.file(), "no data rows after the header");
      }
      String source = "racechrono:" + file + (title.isEmpty() ? "" : "#" + title);
      SessionInfo info = new SessionInfo("", driver, track, source, TimeText.instant(first));
      return new ImportedSession(info, data.blocks(first), List.of(), FileFormat.RACECHRONO, rows);
    }
  }

  private static List<Column> columns(
      List<String> names, List<String> units, List<String> sources) {
    List<Column> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 1; i < names.size(); i++) {
      String raw = names.get(i).strip();
      if (raw.isEmpty() || raw.equals("fragment_id") || raw.equals("elapsed_time")) {
        continue;
      }
      String unit = units.get(i).strip();
      String name = sharedName(raw);
      if (!used.add(name)) {
        name = name + suffix(sources.get(i));
        if (!used.add(name)) {
          continue;
        }
      }
      double scale = 1.0;
      if (unit.equals("m/s")) {
        unit = "km/h";
        scale = 3.6;
      }
      unit = unit.equals("G") ? "g" : unit.isEmpty() ? "-" : unit;
      out.add(new Column(i, new Channel(name, unit, 0), scale));
    }
    return out;
  }

  private static String sharedName(String raw) {
    return switch (raw) {
      case "lap_number" -> "lapCount";
      case "bearing" -> "heading";
      case "lateral_acc" -> "accLat";
      case "longitudinal_acc" -> "accLong";
      case "throttle_pos" -> "throttle";
      case "distance_traveled" -> "distance";
      default -> camel(raw);
    };
  }

  private static String camel(String raw) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : raw.toCharArray()) {
      if (c == '_' || c == ' ') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }

  private static String suffix(String source) {
    String s = source.replaceAll("^\\d+:\\s*", "").strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return "Other";
    }
    return Character.toUpperCase(s.charAt(0)) + camel(s.substring(1));
  }

  private static List<String> header(TextLines lines, int width) {
    String line = lines.next();
    if (line == null) {
      throw lines.error("file ends inside the three header rows (names, units, sources)");
    }
    List<String> cells = cellsOf(lines, line);
    if (cells.size() != width) {
      throw lines.error(cells.size() + " header cells, the name row has " + width);
    }
    return cells;
  }

  private static List<String> cellsOf(TextLines lines, String line) {
    try {
      return CsvLine.split(line);
    } catch (IllegalArgumentException e) {
      throw lines.error(e.getMessage());
    }
  }

  private static long time(TextLines lines, String cell) {
    try {
      return TimeText.secondsToNanos(cell);
    } catch (NumberFormatException | ArithmeticException e) {
      throw lines.error("timestamp '" + cell + "' is not unix seconds");
    }
  }

  static double number(TextLines lines, String cell, String column) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw lines.error(column + " '" + cell + "' is not a number");
    }
  }
}
