package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RaceSimCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new RaceSimCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private static Path tum() {
    Path p = Path.of(System.getProperty("pitwall.data", "../shared/data"), "tum");
    assumeTrue(Files.isDirectory(p), "shared TUM data absent; skipping");
    return p;
  }

  @Test
  void replaysARaceAndWritesTheReferenceCsvLayout(@TempDir Path dir) throws Exception {
    Path golden = tum().resolveSibling("tum-golden").resolve("Spielberg_2019");
    int code = run(tum().resolve("pars_Spielberg_2019.ini").toString(), "--out", dir.toString());
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("  1  LEC     71     4903.682"), out.toString());
    for (String f : List.of("laptimes", "racetimes", "positions", "lapinfluences")) {
      List<String> ours = Files.readAllLines(dir.resolve(f + ".csv"));
      List<String> ref = Files.readAllLines(golden.resolve("Spielberg_2019_" + f + ".csv"));
      assertEquals(ref.get(0), ours.get(0), f + " header");
      assertEquals(ref.size(), ours.size(), f + " rows");
      assertEquals(ref.get(ref.size() - 1), ours.get(ours.size() - 1), f + " last row");
    }
  }

  @Test
  void printsMonteCarloOddsAsJson() {
    int code =
        run(
            tum().resolve("pars_Spielberg_2019.ini").toString(),
            "--mc",
            "200",
            "--seed",
            "5",
            "--threads",
            "2",
            "--json");
    assertEquals(0, code, err.toString());
    String s = out.toString();
    assertTrue(s.startsWith("{\"race\":\"Spielberg 2019\",\"races\":200,\"seed\":5"), s);
    assertTrue(s.contains("\"initials\":\"LEC\",\"pWin\":0."), s);
  }

  @Test
  void monteCarloTableIsReproducibleForASeed() {
    String file = tum().resolve("pars_Spielberg_2019.ini").toString();
    assertEquals(0, run(file, "--mc", "100", "--seed", "9", "--threads", "1"));
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertEquals(0, run(file, "--mc", "100", "--seed", "9", "--threads", "3"));
    assertEquals(first, out.toString());
    assertTrue(first.contains("P(podium)"), first);
  }

  @Test
  void failsWithOneLineNamingTheBadField(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("pars_Bad_2019.ini");
    Files.writeString(
        bad,
        Files.readString(tum().resolve("pars_Spielberg_2019.ini"))
            .replace("\"t_q\": 63.003", "\"t_q\": -1"));
    assertEquals(1, run(bad.toString()));
    String e = err.toString();
    assertEquals(1, e.lines().count(), e);
    assertTrue(
        e.startsWith(
            "race-sim: pars_Bad_2019.ini [TRACK_PARS] track_pars.t_q: value -1.0 out of range"),
        e);
  }

  @Test
  void monteCarloOfARaceThatNeverValidatesFailsWithTheReason(@TempDir Path dir) throws Exception {
    // HAM finishes on one compound and no retirement can save the race: every draw is invalid
    String text =
        Files.readString(tum().resolve("pars_Spielberg_2019.ini"))
            .replace("[[0, \"A4\", 2, 0.0], [30, \"A3\", 0, 0.0]]", "[[0, \"A4\", 2, 0.0]]")
            .replace("\"retirements\": []", "\"retirements\": null");
    Path bad = dir.resolve("pars_OneCompound_2019.ini");
    Files.writeString(bad, text);
    String mcs = tum().resolve("pars_mcs.ini").toString();
    assertEquals(1, run(bad.toString(), "--mc", "10", "--threads", "1", "--mcs", mcs));
    assertEquals(
        "race-sim: no valid Monte Carlo race (500 attempts): a finisher did not use two different compounds",
        err.toString().strip());
  }

  @Test
  void invalidReplayFailsWithOneLine() {
    assertEquals(1, run(tum().resolve("pars_Silverstone_2014.ini").toString()));
    assertEquals(
        "race-sim: result invalid (15): a finisher did not use two different compounds",
        err.toString().strip());
  }

  @Test
  void missingFileIsAFailureAndBadOptionsAreUsageErrors() {
    assertEquals(1, run("/nonexistent/pars_X.ini"));
    assertTrue(
        err.toString().startsWith("race-sim: /nonexistent/pars_X.ini: no such file"),
        err.toString());
    assertEquals(2, run());
    assertEquals(2, run("x.ini", "--mc", "lots"));
  }
}
