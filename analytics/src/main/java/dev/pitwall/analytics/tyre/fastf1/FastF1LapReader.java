package dev.pitwall.analytics.tyre.fastf1;

import dev.pitwall.analytics.tyre.Stint;
import dev.pitwall.analytics.tyre.StintLap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads race laps exported by FastF1 ({@code Session.laps.to_csv}) and keeps the clean ones: green
 * flag only ({@code TrackStatus} = 1), no in- or out-lap ({@code PitInTime}/{@code PitOutTime}
 * empty), known compound, stint and tyre life, and lap time at most 1.07 x the race median. Races
 * are told apart by {@code Year} and {@code EventName} when present. A malformed row is skipped and
 * counted with its line number; it never stops the read. Stateless; thread-safe.
 */
public final class FastF1LapReader {
  public static final double MEDIAN_FACTOR = 1.07;
  private static final List<String> REQUIRED =
      List.of(
          "Driver",
          "LapTime",
          "LapNumber",
          "Stint",
          "PitOutTime",
          "PitInTime",
          "Compound",
          "TyreLife",
          "TrackStatus");
  private static final int MAX_PROBLEMS = 10;

  /**
   * @throws IOException when unreadable; IllegalArgumentException naming a missing column
   */
  public FastF1LapFile read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + ": empty file, expected a FastF1 laps CSV header");
    }
    Map<String, Integer> col = header(file, lines.get(0));
    List<RawLap> raw = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int bad = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        raw.add(RawLap.parse(CsvLine.split(lines.get(i)), col));
      } catch (RuntimeException e) {
        bad++;
        if (problems.size() < MAX_PROBLEMS) {
          problems.add(file.getFileName() + " line " + (i + 1) + ": " + e.getMessage());
        }
      }
    }
    return clean(raw, lines.size() - 1, bad, problems);
  }

  private static Map<String, Integer> header(Path file, String line) {
    List<String> names = CsvLine.split(line);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      col.put(names.get(i).strip(), i);
    }
    for (String r : REQUIRED) {
      if (!col.containsKey(r)) {
        throw new IllegalArgumentException(
            file + ": missing column '" + r + "' (not a FastF1 laps CSV?)");
      }
    }
    return col;
  }

  private static FastF1LapFile clean(List<RawLap> raw, int rows, int bad, List<String> problems) {
    Map<String, List<RawLap>> byRace = new LinkedHashMap<>();
    raw.forEach(l -> byRace.computeIfAbsent(l.raceId(), r -> new ArrayList<>()).add(l));
    List<Stint> stints = new ArrayList<>();
    int clean = 0;
    for (Map.Entry<String, List<RawLap>> race : byRace.entrySet()) {
      double limit = MEDIAN_FACTOR * median(race.getValue());
      Map<String, List<RawLap>> byStint = new LinkedHashMap<>();
      for (RawLap l : race.getValue()) {
        if (l.isCleanCandidate() && l.lapTimeS() <= limit) {
          byStint.computeIfAbsent(l.driver() + "#" + l.stint(), k -> new ArrayList<>()).add(l);
          clean++;
        }
      }
      byStint.values().forEach(laps -> stints.add(toStint(race.getKey(), laps)));
    }
    return new FastF1LapFile(stints, rows, clean, bad, problems);
  }

  private static Stint toStint(String raceId, List<RawLap> laps) {
    laps.sort((a, b) -> Integer.compare(a.lapNumber(), b.lapNumber()));
    RawLap first = laps.get(0);
    List<StintLap> out =
        laps.stream()
            .map(l -> new StintLap(l.lapNumber(), l.tyreLifeLaps(), l.lapTimeS(), l.endTimeS()))
            .toList();
    return new Stint(raceId, first.driver(), first.stint(), first.compound(), out);
  }

  private static double median(List<RawLap> laps) {
    double[] t =
        laps.stream().mapToDouble(RawLap::lapTimeS).filter(Double::isFinite).sorted().toArray();
    if (t.length == 0) {
      return Double.NaN;
    }
    return t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
  }

  /** Splits one CSV line; double quotes protect commas ("" is a literal quote). */
  static final class CsvLine {
    private CsvLine() {}

    static List<String> split(String line) {
      List<String> out = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          out.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      out.add(cell.toString());
      return Arrays.asList(out.toArray(String[]::new));
    }
  }
}
