package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StintForecastCommandTest {
  private static final String HEADER =
      "Time,Driver,DriverNumber,LapTime,LapNumber,Stint,PitOutTime,PitInTime,Compound,TyreLife,TrackStatus,Year";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new StintForecastCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  /** Two races, six drivers, one 14-lap stint each: 0.08 s/lap wear minus 0.05 s/lap fuel. */
  private static Path syntheticLaps(Path dir, int lapsPerStint) throws Exception {
    List<String> lines = new ArrayList<>(List.of(HEADER));
    for (int year : new int[] {2020, 2021}) {
      for (int d = 0; d < 6; d++) {
        for (int lap = 2; lap < 2 + lapsPerStint; lap++) {
          double t = 95 + 0.2 * d + 0.03 * lap + 0.1 * Math.sin(lap * 1.7 + d);
          lines.add(
              String.format(
                  Locale.ROOT,
                  ",D%d,%d,0 days 00:01:%06.3f000,%d.0,1.0,,,SOFT,%d.0,1,%d",
                  d,
                  d,
                  t - 60,
                  lap,
                  lap,
                  year));
        }
      }
    }
    Path file = dir.resolve("laps.csv");
    Files.write(file, lines);
    return file;
  }

  @Test
  void printsPredictionsWithIntervalsPerStintAsJson(@TempDir Path dir) throws Exception {
    int code =
        run("--laps", syntheticLaps(dir, 14).toString(), "--k", "5", "--horizon", "5", "--json");
    assertEquals(0, code, err.toString());
    String json = out.toString();
    assertTrue(json.contains("\"predictedS\":"), json);
    assertTrue(json.contains("\"lower80S\":"), json);
    assertTrue(json.contains("tyre age"), json);
    assertFalse(json.contains("NaN"), json);
    assertEquals(12, json.split("\"status\":\"ok\"").length - 1, json);
  }

  @Test
  void saysNotEnoughDataForAFileWithTooFewLaps(@TempDir Path dir) throws Exception {
    int code = run("--laps", syntheticLaps(dir, 4).toString(), "--json");
    assertEquals(1, code, out.toString());
    assertTrue(err.toString().contains("not enough data"), err.toString());
    assertFalse(out.toString().contains("NaN"));
  }

  @Test
  void rejectsAnUnknownFormatWithExitTwo(@TempDir Path dir) throws Exception {
    assertEquals(2, run("--laps", syntheticLaps(dir, 14).toString(), "--format", "motec"));
    assertTrue(err.toString().contains("unknown --format"), err.toString());
  }

  @Test
  void failsWithOneLineForAMissingFile(@TempDir Path dir) {
    assertEquals(1, run("--laps", dir.resolve("nope.csv").toString()));
    assertEquals(1, err.toString().strip().lines().count(), err.toString());
  }

  @Test
  void forecastsRealBahrainStints() {
    Path file =
        Path.of(
            System.getProperty("pitwall.data", "../shared/data"),
            "f1-laps",
            "Bahrain_unfiltered_laps.csv");
    assumeTrue(Files.isReadable(file), "real data absent, skipped: " + file);
    assertEquals(0, run("--laps", file.toString(), "--k", "5", "--horizon", "5"), err.toString());
    assertTrue(out.toString().contains("2019 LEC stint 1 (SOFT): ok"), out.toString());
  }
}
