package dev.pitwall.analytics.race.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The golden CSVs of one reference race, compared with a result from a given lap on. */
record Golden(List<String[]> lapT, List<String[]> raceT, List<String[]> pos, int[] col) {
  private static final double TOL_S = 1e-3 + 1e-9;

  static Golden read(Path dir, String race, RaceResult r) throws IOException {
    List<String[]> pos = GoldenReplayTest.read(dir.resolve(race + "_positions.csv"));
    String[] header = pos.get(0);
    int[] col = new int[header.length];
    for (int c = 1; c < header.length; c++) {
      col[c] = r.initials().indexOf(header[c]);
    }
    return new Golden(
        GoldenReplayTest.read(dir.resolve(race + "_laptimes.csv")),
        GoldenReplayTest.read(dir.resolve(race + "_racetimes.csv")),
        pos,
        col);
  }

  void compare(RaceResult r, int fromLap, String what, List<String> errors) {
    times(lapT, r.lapTimesS(), r, fromLap, what + " lap time", errors);
    times(raceT, r.raceTimesS(), r, fromLap, what + " race time", errors);
    for (String[] row : pos.subList(1, pos.size())) {
      int lap = Integer.parseInt(row[0]);
      for (int c = 1; c < row.length && lap >= fromLap; c++) {
        if (r.positions()[lap][col[c]] != Integer.parseInt(row[c])) {
          errors.add(what + ": lap " + lap + " " + pos.get(0)[c] + " expected P" + row[c]);
        }
      }
    }
  }

  private void times(
      List<String[]> rows,
      double[][] ours,
      RaceResult r,
      int fromLap,
      String what,
      List<String> e) {
    for (String[] row : rows.subList(1, rows.size())) {
      int lap = Integer.parseInt(row[0]);
      for (int c = 1; c < row.length && lap >= fromLap; c++) {
        double expected = row[c].equals("nan") ? Double.NaN : Double.parseDouble(row[c]);
        double actual = ours[lap][col[c]];
        boolean ok =
            Double.isNaN(expected) ? Double.isNaN(actual) : Math.abs(actual - expected) <= TOL_S;
        if (!ok) {
          e.add(
              what
                  + ": lap "
                  + lap
                  + " "
                  + rows.get(0)[c]
                  + " expected "
                  + row[c]
                  + " got "
                  + actual);
        }
      }
    }
  }
}
