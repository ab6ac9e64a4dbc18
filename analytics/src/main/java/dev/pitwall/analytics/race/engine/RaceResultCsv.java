package dev.pitwall.analytics.race.engine;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a result in the reference's CSV layout: {@code laptimes.csv} and {@code racetimes.csv}
 * (rows = laps 1..N, s with 3 decimals, {@code nan} after a retirement) and {@code positions.csv}
 * (row 0 = grid) and {@code lapinfluences.csv} (pit in/out-lap, SC/VSC, retiring per lap). Columns
 * = drivers by car number. Stateless.
 */
public final class RaceResultCsv {
  private RaceResultCsv() {}

  /** Writes the three files into {@code dir} (created if needed); returns their paths. */
  public static List<Path> write(RaceResult r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path lap = dir.resolve("laptimes.csv");
    Path race = dir.resolve("racetimes.csv");
    Path pos = dir.resolve("positions.csv");
    Path influences = dir.resolve("lapinfluences.csv");
    writeTimes(r, r.lapTimesS(), lap);
    writeTimes(r, r.raceTimesS(), race);
    try (BufferedWriter w = Files.newBufferedWriter(pos, StandardCharsets.UTF_8)) {
      header(r, w);
      for (int l = 0; l <= r.totalLaps(); l++) {
        w.write(Integer.toString(l));
        for (int d = 0; d < r.driverCount(); d++) {
          w.write(',');
          w.write(Integer.toString(r.positions()[l][d]));
        }
        w.write('\n');
      }
    }
    try (BufferedWriter w = Files.newBufferedWriter(influences, StandardCharsets.UTF_8)) {
      header(r, w);
      for (int l = 1; l <= r.totalLaps(); l++) {
        w.write(Integer.toString(l));
        for (int d = 0; d < r.driverCount(); d++) {
          w.write(',');
          w.write(r.influence(l, d));
        }
        w.write('\n');
      }
    }
    return List.of(lap, race, pos, influences);
  }

  private static void writeTimes(RaceResult r, double[][] values, Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      header(r, w);
      for (int l = 1; l <= r.totalLaps(); l++) {
        w.write(Integer.toString(l));
        for (int d = 0; d < r.driverCount(); d++) {
          double v = values[l][d];
          w.write(',');
          w.write(Double.isNaN(v) ? "nan" : String.format(Locale.ROOT, "%.3f", v));
        }
        w.write('\n');
      }
    }
  }

  private static void header(RaceResult r, BufferedWriter w) throws IOException {
    w.write("lap");
    for (String s : r.initials()) {
      w.write(',');
      w.write(s);
    }
    w.write('\n');
  }
}
