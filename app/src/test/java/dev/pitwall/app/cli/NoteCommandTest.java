package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.DesktopServices;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.Annotation;
import dev.pitwall.core.session.annotation.AnnotationKind;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code pitwall note} / {@code pitwall events} on a real RaceChrono session, and export round
 * trips.
 */
class NoteCommandTest {
  private static final String TIANMA =
      "gps/racechrono_tianma/session_20251231_111318_tianma_lap9_v3.csv";

  @TempDir Path dir;

  private String db() {
    return dir.resolve("pw").toString();
  }

  private void importAndAnnotate() {
    Path src = ImportCommandTest.data(TIANMA);
    ok("import", src.toString());
    ok("note", "1", "--at", "0:12.5", "--author", "anna", "understeer", "in", "T3, exit");
    ok("note", "1", "--at", "40s", "--kind", "pit", "--author", "anna");
    ok("note", "1", "--at", "1:05.25", "--kind", "setup", "--author", "ben", "rear wing +1");
    ok("note", "1", "--at", "30", "--kind", "flag", "--author", "ben", "yellow S2");
    ok("note", "1", "--kind", "marker", "--author", "ben"); // at the end of the session
  }

  private CliRun ok(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--db";
    all[args.length + 1] = db();
    CliRun r = CliRun.of(all);
    assertEquals(0, r.code(), r.err());
    return r;
  }

  @Test
  void notesAreListedInTimeOrderWithAuthor() {
    importAndAnnotate();
    CliRun events = ok("events", "1");
    List<String> lines = events.out().lines().toList();
    assertEquals(6, lines.size(), events.out());
    assertTrue(
        lines.get(1).startsWith("0:12.500") && lines.get(1).contains("understeer in T3, exit"));
    assertTrue(lines.get(2).startsWith("0:30.000") && lines.get(2).contains("flag"), lines.get(2));
    assertTrue(lines.get(4).contains("setup") && lines.get(4).contains("rear wing +1"));
    assertTrue(lines.get(5).startsWith("1:24.") && lines.get(5).contains("marker"), lines.get(5));
    CliRun json = ok("events", "1", "--json");
    assertTrue(json.out().contains("\"kind\":\"pit\""), json.out());
    assertTrue(json.out().contains("\"startS\":40"), json.out());
  }

  @Test
  void badInputGetsAClearMessageAndWritesNothing() {
    Path src = ImportCommandTest.data(TIANMA);
    ok("import", src.toString());
    assertFails("unknown annotation kind 'tyres'", "note", "1", "--kind", "tyres", "x");
    assertFails("a note needs a text", "note", "1", "--at", "1s");
    assertFails("is after the end of session 1", "note", "1", "--at", "20:00", "late");
    assertFails("time '12:75' is not like", "note", "1", "--at", "12:75", "x");
    assertFails("no session 9", "note", "9", "x");
    assertEquals(1, ok("events", "1").out().lines().count(), "header only");
  }

  private void assertFails(String message, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--db";
    all[args.length + 1] = db();
    CliRun r = CliRun.of(all);
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().contains(message), r.err());
  }

  @ParameterizedTest
  @CsvSource({"parquet", "csv"})
  void annotationsSurviveExportAndImport(String format) {
    importAndAnnotate();
    Path out = dir.resolve("s1." + format);
    ok("export", "1", "--format", format, "--out", out.toString());
    CliRun back = ok("import", out.toString());
    assertTrue(back.out().contains("as session 2"), back.out());
    try (SessionStore store = new DesktopServices().openStore(Path.of(db()))) {
      SessionAnnotations notes = (SessionAnnotations) store;
      List<Annotation> original = notes.annotations(1);
      assertEquals(5, original.size());
      assertEquals(original, notes.annotations(2), "kind, times, text, author, created time");
      assertEquals(AnnotationKind.NOTE, original.get(0).kind());
      assertEquals("understeer in T3, exit", original.get(0).text());
    }
  }
}
