package dev.pitwall.hardware.file;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the GR Cup "Hack the Track" long-format telemetry CSV: one sample a row ({@code
 * telemetry_name}, {@code telemetry_value}, ECU {@code timestamp}). Sample times use the ECU clock,
 * which is consistent between channels but can be a day or more off the logger's {@code meta_time}
 * (Barber R1: 2025-09-05T00:28 vs 2025-09-06T18:40); the session start is therefore moved onto the
 * meta clock by the smallest {@code meta_time - timestamp} of the file (the ingest delay makes it
 * an upper bound of the true offset by ~0.1–0.2 s). Laps come from the sibling {@code *_lap_start}
 * / {@code *_lap_end} files (see {@link GrCupLapFiles}), which are stamped on the meta clock.
 */
final class GrCupCsvReader {
  private static final Pattern TRACK = Pattern.compile("^R\\d+_([A-Za-z]+)_telemetry_data.*");

  private GrCupCsvReader() {}

  static ImportedSession read(Path file) {
    try (TextLines lines = new TextLines(file)) {
      String headerLine = lines.next();
      if (headerLine == null) {
        throw ImportException.ofFile(file, "empty file");
      }
      Header h = Header.of(lines, CsvLine.split(headerLine));
      ChannelColumns columns = new ChannelColumns();
      Map<String, Integer> cars = new LinkedHashMap<>();
      long minOffset = Long.MAX_VALUE;
      long rows = 0;
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = cells(lines, line, h.width);
        long ts = instantNanos(lines, cells.get(h.timestamp), "timestamp");
        long meta = instantNanos(lines, cells.get(h.metaTime), "meta_time");
        minOffset = Math.min(minOffset, meta - ts);
        int car = cars.computeIfAbsent(cells.get(h.vehicle), v -> cars.size());
        Channel channel = GrCupChannels.of(requireName(lines, cells.get(h.name))).forCar(car);
        columns.add(channel, ts, value(lines, cells.get(h.value)));
        rows++;
      }
      if (columns.isEmpty()) {
        throw ImportException.ofFile(file, "no telemetry rows after the header");
      }
      long origin = columns.earliest();
      Instant start = TimeText.instant(origin + minOffset);
      String vehicle = cars.keySet().iterator().next();
      List<Lap> laps = new ArrayList<>(GrCupLapFiles.laps(file, vehicle, origin + minOffset));
      List<SampleBlock> blocks = columns.blocks(origin);
      long end = blocks.stream().mapToLong(SampleBlock::lastTimeNanos).max().orElse(0);
      // the lap files cover the whole race; keep the laps this telemetry extract covers
      laps.removeIf(l -> l.startNanos() < 0 || l.endNanos() > end);
      SessionInfo info = new SessionInfo(vehicle, "", track(file), "grcup:" + file, start);
      return new ImportedSession(info, blocks, laps, FileFormat.GRCUP, rows);
    }
  }

  private record Header(int name, int value, int timestamp, int metaTime, int vehicle, int width) {
    static Header of(TextLines lines, List<String> header) {
      return new Header(
          index(lines, header, "telemetry_name"),
          index(lines, header, "telemetry_value"),
          index(lines, header, "timestamp"),
          index(lines, header, "meta_time"),
          index(lines, header, "vehicle_id"),
          header.size());
    }
  }

  static int index(TextLines lines, List<String> header, String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      throw lines.error("no '" + column + "' column in the header " + header);
    }
    return i;
  }

  static List<String> cells(TextLines lines, String line, int width) {
    List<String> cells;
    try {
      cells = CsvLine.split(line);
    } catch (IllegalArgumentException e) {
      throw lines.error(e.getMessage());
    }
    if (cells.size() != width) {
      throw lines.error(cells.size() + " cells, the header has " + width);
    }
    return cells;
  }

  static long instantNanos(TextLines lines, String text, String column) {
    try {
      return TimeText.epochNanos(Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw lines.error(column + " '" + text + "' is not an ISO-8601 instant");
    }
  }

  private static String requireName(TextLines lines, String name) {
    if (name.isBlank()) {
      throw lines.error("empty telemetry_name");
    }
    return name;
  }

  private static double value(TextLines lines, String text) {
    if (text.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw lines.error("telemetry_value '" + text + "' is not a number");
    }
  }

  private static String track(Path file) {
    Matcher m = TRACK.matcher(file.getFileName().toString());
    return m.matches() ? m.group(1) : "";
  }
}
