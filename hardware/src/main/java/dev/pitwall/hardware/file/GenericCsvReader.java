package dev.pitwall.hardware.file;

import dev.pitwall.core.exchange.LapText;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.annotation.AnnotationText;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSV whose header names channels with units, {@code time_s,speed[km/h],rpm[rpm]}: the
 * first column is time in seconds since the session start, every other column one channel ({@code
 * carN/name[unit]} for other cars; no unit means "-"). Empty cells mean "no sample at this time",
 * so channels of different rates share one file without invented values. Optional {@code #
 * key=value} lines before the header carry session metadata (car, driver, track, source, start, one
 * {@code lap=} line per lap, one {@code rate=key,Hz} line per channel) — PitWall's own CSV export
 * writes them, so export and import round-trip.
 */
final class GenericCsvReader {
  private static final Pattern COLUMN =
      Pattern.compile("^(?:car(\\d+)/)?([^\\[\\]]+?)\\s*(?:\\[([^\\]]*)\\])?$");

  private GenericCsvReader() {}

  static boolean isTimeColumn(String cell) {
    String c = cell.strip().toLowerCase(java.util.Locale.ROOT);
    return c.equals("time_s") || c.equals("time[s]") || c.equals("time") || c.equals("t[s]");
  }

  static ImportedSession read(Path file) {
    try (TextLines lines = new TextLines(file)) {
      Map<String, String> meta = new HashMap<>();
      List<String> lapLines = new ArrayList<>();
      Map<String, Double> rates = new HashMap<>();
      String line = lines.next();
      while (line != null && (line.startsWith("#") || line.isBlank())) {
        metaLine(lines, line, meta, lapLines, rates);
        line = lines.next();
      }
      if (line == null) {
        throw ImportException.ofFile(file, "no header row (expected e.g. time_s,speed[km/h])");
      }
      List<String> header = GrCupCsvReader.cells(lines, line, CsvLine.split(line).size());
      if (!isTimeColumn(header.get(0))) {
        throw lines.error("first column '" + header.get(0) + "' is not time_s (time in seconds)");
      }
      Channel[] channels = channels(lines, header, rates);
      ChannelColumns data = new ChannelColumns();
      long rows = 0;
      for (line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = GrCupCsvReader.cells(lines, line, header.size());
        long t = time(lines, cells.get(0));
        for (int i = 1; i < cells.size(); i++) {
          if (!cells.get(i).isEmpty()) {
            data.add(channels[i], t, RaceChronoReader.number(lines, cells.get(i), header.get(i)));
          }
        }
        rows++;
      }
      if (rows == 0) {
        throw ImportException.ofFile(file, "no data rows after the header");
      }
      SessionInfo info = info(file, meta);
      List<Lap> laps = laps(file, lapLines);
      // channels in header order (the order they were exported in), not by first value
      List<Channel> order = Arrays.asList(channels);
      List<SampleBlock> blocks = new ArrayList<>(data.blocks(0));
      blocks.sort(Comparator.comparingInt(b -> order.indexOf(b.channel())));
      return new ImportedSession(
          info,
          blocks,
          laps,
          FileFormat.CSV,
          rows,
          List.of(),
          ImportedAnnotations.parse(file, meta.getOrDefault(AnnotationText.CSV_KEY, "")));
    }
  }

  private static void metaLine(
      TextLines lines,
      String line,
      Map<String, String> meta,
      List<String> laps,
      Map<String, Double> rates) {
    String body = line.substring(line.isBlank() ? 0 : 1).strip();
    int eq = body.indexOf('=');
    if (eq <= 0) {
      return; // a free comment
    }
    String key = body.substring(0, eq).strip();
    String value = body.substring(eq + 1).strip();
    switch (key) {
      case "lap" -> laps.add(lines.number() + ":" + value);
      case AnnotationText.CSV_KEY -> meta.merge(key, value, (a, b) -> a + "\n" + b);
      case "rate" -> {
        int comma = value.lastIndexOf(',');
        try {
          rates.put(value.substring(0, comma), Double.parseDouble(value.substring(comma + 1)));
        } catch (RuntimeException e) {
          throw lines.error("rate line '" + value + "' is not 'channel,Hz'");
        }
      }
      default -> meta.put(key, value);
    }
  }

  private static Channel[] channels(
      TextLines lines, List<String> header, Map<String, Double> rates) {
    Channel[] out = new Channel[header.size()];
    for (int i = 1; i < header.size(); i++) {
      Matcher m = COLUMN.matcher(header.get(i).strip());
      if (!m.matches()) {
        throw lines.error("column " + (i + 1) + " '" + header.get(i) + "' is not name[unit]");
      }
      int car = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
      String unit = m.group(3) == null || m.group(3).isBlank() ? "-" : m.group(3).strip();
      String name = m.group(2).strip();
      String key = car == 0 ? name : "car" + car + "/" + name;
      out[i] = new Channel(name, unit, rates.getOrDefault(key, 0.0), car);
    }
    return out;
  }

  private static long time(TextLines lines, String cell) {
    try {
      return TimeText.secondsToNanos(cell);
    } catch (NumberFormatException | ArithmeticException e) {
      throw lines.error("time '" + cell + "' is not a number of seconds");
    }
  }

  private static SessionInfo info(Path file, Map<String, String> meta) {
    Instant start = Instant.EPOCH;
    if (meta.containsKey("start")) {
      try {
        start = Instant.parse(meta.get("start"));
      } catch (DateTimeParseException e) {
        throw ImportException.ofFile(file, "start '" + meta.get("start") + "' is not ISO-8601");
      }
    }
    return new SessionInfo(
        meta.getOrDefault("car", ""),
        meta.getOrDefault("driver", ""),
        meta.getOrDefault("track", ""),
        meta.getOrDefault("source", "csv:" + file),
        start);
  }

  /** {@code lap=car,number,startNs,endNs,valid[,s1;s2;...]} (the line number prefixed). */
  private static List<Lap> laps(Path file, List<String> lapLines) {
    List<Lap> laps = new ArrayList<>();
    for (String entry : lapLines) {
      int colon = entry.indexOf(':');
      long lineNo = Long.parseLong(entry.substring(0, colon));
      try {
        laps.add(LapText.parse(entry.substring(colon + 1)));
      } catch (RuntimeException e) {
        throw ImportException.atLine(
            file, lineNo, "lap '" + entry.substring(colon + 1) + "': " + e.getMessage());
      }
    }
    return laps;
  }
}
