package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pitwall coach} and {@code pitwall replay} on a real simulated COTA session of 4+ laps. */
class CoachCliTest {
  @TempDir static Path dir;
  static Path db;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @BeforeAll
  static void recordFiveLapsOfCota() {
    db = dir.resolve("pw");
    CliRun r = CliRun.recordSim(db, "cota", "800s", "--seed", "11");
    assertEquals(0, r.code(), r.err());
    // a second, short session: too few laps to coach
    CliRun shortRun = CliRun.recordSim(db, "cota", "60s", "--seed", "12");
    assertEquals(0, shortRun.code(), shortRun.err());
    // a third at another circuit: its laps are no reference for COTA
    CliRun other = CliRun.recordSim(db, "zandvoort", "330s", "--seed", "13");
    assertEquals(0, other.code(), other.err());
  }

  @Test
  void aReferenceFromAnotherTrackIsRefusedWithTheReason() {
    CliRun r = run("coach", "1", "--reference", "3", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("reference not comparable: "), r.out());
    assertTrue(r.out().contains("of session 3") || r.out().contains("against lap"), r.out());
  }

  @Test
  void coachFindsCornersAndRanksFindingsByTimeLost() {
    CliRun r = run("coach", "1", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("(\\d+) valid laps on the grid, (\\d+) corners").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Integer.parseInt(m.group(1)) >= 3, r.out());
    assertTrue(Integer.parseInt(m.group(2)) >= 8, "COTA has 20 turns; found " + m.group(2));
    Matcher lost =
        Pattern.compile("\\n\\s*\\d+\\s+T\\d+\\s+\\d+\\s+\\d+\\s+([+-]\\d\\.\\d{3})")
            .matcher(r.out());
    double previous = Double.POSITIVE_INFINITY;
    int rows = 0;
    while (lost.find()) {
      double s = Double.parseDouble(lost.group(1));
      assertTrue(s <= previous, "ranked by time lost: " + r.out());
      previous = s;
      rows++;
    }
    assertTrue(rows >= 8, "a finding per corner stretch: " + r.out());
  }

  @Test
  void coachJsonAgainstAnExplicitReferenceLap() {
    CliRun r =
        run("coach", "1", "--lap", "4", "--reference", "1:2", "--json", "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{\"session\":1,\"lap\":4,"), r.out());
    assertTrue(r.out().contains("\"referenceLap\":2"), r.out());
    assertTrue(r.out().contains("\"findings\":[{\"where\":\"T"), r.out());
  }

  @Test
  void coachSaysWhenThereAreTooFewLaps() {
    CliRun r = run("coach", "2", "--db", db.toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().startsWith("pitwall: session 2 has no valid lap to coach"), r.err());
  }

  @Test
  void coachRejectsAMissingLapWithAReason() {
    CliRun r = run("coach", "1", "--lap", "99", "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("lap 99 of session 1: there is no such lap"), r.err());
  }

  @Test
  void coachWritesAPrintableHtmlReport() throws Exception {
    Path html = dir.resolve("report.html");
    CliRun r = run("coach", "1", "--report", html.toString(), "--db", db.toString());
    assertEquals(0, r.code(), r.err());
    String text = Files.readString(html);
    assertTrue(text.contains("<h2>Laps</h2>"), "lap table");
    assertTrue(text.contains("<svg class=\"trace\""), "best-lap traces as inline SVG");
    assertTrue(text.contains("<svg class=\"map\""), "track map");
    assertTrue(text.contains("<td class=\"l\">T"), "findings by corner");
    assertTrue(text.contains("@page{size:A4"), "print page setup");
    assertTrue(text.contains("thead{display:table-header-group}"), "headers repeat on print pages");
    assertEquals(
        text.split("<table>", -1).length,
        text.split("</tbody></table>", -1).length,
        "tables close");
    Files.copy(
        html,
        Path.of("target", "coach-report.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void replayRejectsASpeedOutOfRangeAndAMissingSession() {
    CliRun fast = run("replay", "1", "--speed", "128", "--db", db.toString());
    assertEquals(1, fast.code());
    assertTrue(fast.err().contains("out of range: give 0.25 to 64, or 'max'"), fast.err());
    CliRun missing = run("replay", "42", "--db", db.toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no session 42"), missing.err());
  }
}
