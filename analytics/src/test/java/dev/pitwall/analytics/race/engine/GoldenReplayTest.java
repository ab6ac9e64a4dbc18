package dev.pitwall.analytics.race.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.analytics.race.param.RaceDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deterministic replay against the reference simulator's results: same position for every driver on
 * every lap, lap and race times within 1e-3 s (golden values are rounded to 3 decimals).
 */
class GoldenReplayTest {
  private static final double TOL_S = 1e-3 + 1e-9;

  static List<String> races() {
    return RaceData.goldenRaces().toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("races")
  void replaysReferenceRaceExactly(String race) throws IOException {
    assumeTrue(!race.startsWith("("), "shared data absent; skipping");
    RaceDefinition def = RaceData.goldenDefinition(race);
    CompiledRace compiled = new CompiledRace(def);
    RaceResult result =
        new RaceSimulator(compiled).simulate(RaceEvents.fromSpec(compiled, def.events()));
    assertEquals(ResultStatus.VALID, result.status(), race + " status");
    Path dir = RaceData.goldenDir().resolve(race);
    compareTimes(
        race, "laptimes", dir.resolve(race + "_laptimes.csv"), result.lapTimesS(), result, 1);
    compareTimes(
        race, "racetimes", dir.resolve(race + "_racetimes.csv"), result.raceTimesS(), result, 1);
    comparePositions(race, dir.resolve(race + "_positions.csv"), result);
    compareInfluences(race, dir.resolve(race + "_lapinfluences.csv"), result);
  }

  private static void compareTimes(
      String race, String what, Path csv, double[][] ours, RaceResult r, int firstLap)
      throws IOException {
    List<String[]> rows = read(csv);
    int[] col = columns(rows.get(0), r);
    List<String> errors = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      int lap = Integer.parseInt(row[0]);
      for (int c = 1; c < row.length; c++) {
        double expected = row[c].equals("nan") ? Double.NaN : Double.parseDouble(row[c]);
        double actual = ours[lap][col[c]];
        boolean ok =
            Double.isNaN(expected) ? Double.isNaN(actual) : Math.abs(actual - expected) <= TOL_S;
        if (!ok && errors.size() < 8) {
          errors.add(
              "lap " + lap + " " + rows.get(0)[c] + ": expected " + row[c] + " got " + actual);
        }
      }
    }
    assertTrue(errors.isEmpty(), race + " " + what + ": " + errors);
  }

  private static void comparePositions(String race, Path csv, RaceResult r) throws IOException {
    List<String[]> rows = read(csv);
    int[] col = columns(rows.get(0), r);
    List<String> errors = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      int lap = Integer.parseInt(row[0]);
      for (int c = 1; c < row.length; c++) {
        int expected = Integer.parseInt(row[c]);
        if (r.positions()[lap][col[c]] != expected && errors.size() < 8) {
          errors.add(
              "lap "
                  + lap
                  + " "
                  + rows.get(0)[c]
                  + ": expected P"
                  + expected
                  + " got P"
                  + r.positions()[lap][col[c]]);
        }
      }
    }
    assertTrue(errors.isEmpty(), race + " positions: " + errors);
  }

  private static void compareInfluences(String race, Path csv, RaceResult r) throws IOException {
    List<String[]> rows = read(csv);
    int[] col = columns(rows.get(0), r);
    List<String> errors = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      int lap = Integer.parseInt(row[0]);
      for (int c = 1; c < row.length; c++) {
        String ours = r.influence(lap, col[c]);
        if (!ours.equals(row[c]) && errors.size() < 8) {
          errors.add("lap " + lap + " " + rows.get(0)[c] + ": expected " + row[c] + " got " + ours);
        }
      }
    }
    assertTrue(errors.isEmpty(), race + " lap influences: " + errors);
  }

  private static int[] columns(String[] header, RaceResult r) {
    int[] col = new int[header.length];
    for (int c = 1; c < header.length; c++) {
      col[c] = r.initials().indexOf(header[c]);
      assertTrue(col[c] >= 0, "unknown driver column " + header[c]);
    }
    return col;
  }

  static List<String[]> read(Path csv) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }
}
