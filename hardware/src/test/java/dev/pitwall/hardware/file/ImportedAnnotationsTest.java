package dev.pitwall.hardware.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.annotation.AnnotationKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code # event=} lines of a PitWall CSV export come back; a bad one is named with its line. */
class ImportedAnnotationsTest {
  @TempDir Path dir;

  @Test
  void csvEventLinesComeBackInFileOrder() throws Exception {
    Path csv = dir.resolve("s.csv");
    Files.writeString(
        csv,
        """
        # car=GR86
        # event=pit,2000000000,2000000000,1700000000000,anna,4 tyres%2C 20 l
        # event=gap,3000000000,5000000000,,,interrupted
        time_s,speed[km/h]
        0,10
        1,20
        """);
    ImportedSession s = new SessionFileReader().read(csv, FileFormat.CSV);
    assertEquals(2, s.annotations().size());
    assertEquals(AnnotationKind.PIT, s.annotations().get(0).kind());
    assertEquals("4 tyres, 20 l", s.annotations().get(0).text());
    assertEquals(AnnotationKind.GAP, s.annotations().get(1).kind());
  }

  @Test
  void aBadEventLineIsRejectedNamingTheFileAndTheEvent() throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(
        csv,
        """
        # event=note,1,1,,me,fine
        # event=lap,abc,1,,me,x
        time_s,speed[km/h]
        0,10
        """);
    ImportException e =
        assertThrows(
            ImportException.class, () -> new SessionFileReader().read(csv, FileFormat.CSV));
    assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
    assertTrue(e.getMessage().contains("event 2 'lap,abc,1,,me,x'"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown annotation kind 'lap'"), e.getMessage());
  }
}
