package dev.pitwall.analytics.race.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Real classifications from the Ergast tables (CC0), keyed by TUM track name and season. */
final class ErgastResults {
  /** TUM track name → Ergast circuitId. */
  private static final Map<String, String> CIRCUIT =
      Map.ofEntries(
          Map.entry("Melbourne", "1"),
          Map.entry("KualaLumpur", "2"),
          Map.entry("Sakhir", "3"),
          Map.entry("Catalunya", "4"),
          Map.entry("MonteCarlo", "6"),
          Map.entry("Montreal", "7"),
          Map.entry("Silverstone", "9"),
          Map.entry("Hockenheim", "10"),
          Map.entry("Budapest", "11"),
          Map.entry("Spa", "13"),
          Map.entry("Monza", "14"),
          Map.entry("Singapore", "15"),
          Map.entry("Shanghai", "17"),
          Map.entry("SaoPaulo", "18"),
          Map.entry("Suzuka", "22"),
          Map.entry("YasMarina", "24"),
          Map.entry("MexicoCity", "32"),
          Map.entry("LeCastellet", "34"),
          Map.entry("Austin", "69"),
          Map.entry("Spielberg", "70"),
          Map.entry("Sochi", "71"),
          Map.entry("Baku", "73"));

  /**
   * One real result row: finishing order (positionOrder) and race time (NaN if not classified on
   * time).
   */
  record Entry(int positionOrder, double raceTimeS) {}

  private final Map<String, String> raceIdByKey = new HashMap<>();
  private final Map<String, String> codeByDriverId = new HashMap<>();
  private final Map<String, Map<String, Entry>> byRace = new HashMap<>();
  private final Map<String, String> raceIdByYearName = new HashMap<>();
  private final Map<String, List<Integer>> redFlagLaps = new HashMap<>();

  ErgastResults(Path dir) throws IOException {
    for (String[] r : rows(dir.resolve("races.csv"))) {
      raceIdByKey.put(r[3] + "/" + r[1], r[0]);
      raceIdByYearName.put(r[1] + " " + r[4], r[0]);
    }
    Path flags = dir.resolve("red_flags.csv");
    if (Files.isRegularFile(flags)) {
      for (String[] r : rows(flags)) {
        String raceId = raceIdByYearName.get(r[0]);
        // N = not resumed: the race ended there, which the race file's length already says
        if (raceId != null && !r[2].equals("N")) {
          redFlagLaps.computeIfAbsent(raceId, k -> new ArrayList<>()).add(Integer.parseInt(r[1]));
        }
      }
    }
    for (String[] r : rows(dir.resolve("drivers.csv"))) {
      codeByDriverId.put(r[0], r[3]);
    }
    for (String[] r : rows(dir.resolve("results.csv"))) {
      double t = r[12].equals("\\N") ? Double.NaN : Long.parseLong(r[12]) / 1000.0;
      byRace
          .computeIfAbsent(r[1], k -> new HashMap<>())
          .put(codeByDriverId.get(r[2]), new Entry(Integer.parseInt(r[8]), t));
    }
  }

  /** Driver code → real result for the race at a TUM track in a season, or empty. */
  Map<String, Entry> race(String tumTrack, int season) {
    String raceId = raceIdByKey.get(CIRCUIT.get(tumTrack) + "/" + season);
    return raceId == null ? Map.of() : byRace.getOrDefault(raceId, Map.of());
  }

  /** Laps on which the race at a TUM track in a season was red-flagged and resumed. */
  List<Integer> redFlagLaps(String tumTrack, int season) {
    String raceId = raceIdByKey.get(CIRCUIT.get(tumTrack) + "/" + season);
    return raceId == null ? List.of() : redFlagLaps.getOrDefault(raceId, List.of());
  }

  private static List<String[]> rows(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv);
    List<String[]> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        out.add(split(line));
      }
    }
    return out;
  }

  /** CSV split honouring double quotes (no embedded newlines in these tables). */
  static String[] split(String line) {
    List<String> f = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        f.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    f.add(sb.toString());
    return f.toArray(new String[0]);
  }
}
