package dev.pitwall.hardware.file;

import dev.pitwall.core.session.Lap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The GR Cup lap-timing files beside a telemetry file: {@code R1_barber_telemetry_data_sample.csv}
 * has {@code R1_barber_lap_start_sample.csv} and {@code R1_barber_lap_end_sample.csv}. Lap N runs
 * from the previous lap's end stamp (else its own start stamp) to its end stamp (meta clock,
 * ISO-8601); laps of other vehicles are ignored. Missing files mean no stated laps, not an error.
 */
final class GrCupLapFiles {
  private GrCupLapFiles() {}

  /**
   * @param originEpochNanos the session start on the meta clock
   */
  static List<Lap> laps(Path telemetry, String vehicle, long originEpochNanos) {
    String name = telemetry.getFileName().toString();
    if (!name.contains("telemetry_data")) {
      return List.of();
    }
    Path starts = telemetry.resolveSibling(name.replace("telemetry_data", "lap_start"));
    Path ends = telemetry.resolveSibling(name.replace("telemetry_data", "lap_end"));
    if (!Files.isRegularFile(starts) || !Files.isRegularFile(ends)) {
      return List.of();
    }
    Map<Integer, Long> start = stamps(starts, vehicle);
    Map<Integer, Long> end = stamps(ends, vehicle);
    List<Lap> laps = new ArrayList<>();
    for (Map.Entry<Integer, Long> e : start.entrySet()) {
      Long stop = end.get(e.getKey());
      // the official lap time runs from the previous lap's end stamp (lap_start is 1 ms later)
      long from = end.getOrDefault(e.getKey() - 1, e.getValue());
      if (stop != null && stop >= from) {
        laps.add(
            new Lap(
                0, e.getKey(), from - originEpochNanos, stop - originEpochNanos, List.of(), true));
      }
    }
    return laps;
  }

  /** Lap number to stamp (epoch ns) for one vehicle; the first stamp of a lap wins. */
  static Map<Integer, Long> stamps(Path file, String vehicle) {
    Map<Integer, Long> out = new TreeMap<>();
    try (TextLines lines = new TextLines(file)) {
      String headerLine = lines.next();
      if (headerLine == null) {
        return out;
      }
      List<String> header = CsvLine.split(headerLine);
      int lap = GrCupCsvReader.index(lines, header, "lap");
      int ts = GrCupCsvReader.index(lines, header, "timestamp");
      int car = GrCupCsvReader.index(lines, header, "vehicle_id");
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = GrCupCsvReader.cells(lines, line, header.size());
        if (!cells.get(car).equals(vehicle)) {
          continue;
        }
        int number;
        try {
          number = Integer.parseInt(cells.get(lap).strip());
        } catch (NumberFormatException e) {
          throw lines.error("lap '" + cells.get(lap) + "' is not a whole number");
        }
        out.putIfAbsent(number, GrCupCsvReader.instantNanos(lines, cells.get(ts), "timestamp"));
      }
    }
    return out;
  }
}
