package dev.pitwall.hardware.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.can.CanTestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandumpImportTest {
  private static final String DBC =
      """
      VERSION ""
      BU_: ECU
      BO_ 256 WHEELS: 2 ECU
       SG_ SPEED : 0|16@1+ (0.01,0) [0|655.35] "km/h" ECU
      """;

  @TempDir Path dir;
  final SessionFileReader reader = new SessionFileReader();

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void decodesTheRav4LogThroughItsDbcAndCountsUnknownIds() {
    Path log = CanTestData.rav4Log();
    Path dbc = CanTestData.rav4Dbc();
    assertEquals(FileFormat.CANDUMP, reader.detect(log));
    ImportedSession s = reader.read(log, null, dbc);
    assertEquals(56_323, s.rows(), "frames");
    SampleBlock speed = channel(s, "SPEED.SPEED");
    assertEquals("kph", speed.channel().unit(), "as the DBC names it");
    double max = 0;
    for (int i = 0; i < speed.size(); i++) {
      max = Math.max(max, speed.value(i));
    }
    assertEquals(58.5, max, 0.6);
    assertEquals(Instant.ofEpochSecond(1628870267, 291_576_000), s.info().start());
    assertEquals("candump:" + log + "?dbc=" + dbc, s.info().source());
    assertTrue(s.info().car().startsWith("toyota_rav4"), s.info().car());
    assertTrue(
        s.notes().stream().anyMatch(n -> n.contains("CAN ids not in")), s.notes().toString());
    assertTrue(s.notes().stream().noneMatch(n -> n.contains("checksum")), s.notes().toString());
    System.out.printf(
        "RAV4 import: %d channels, %d samples, notes %s%n",
        s.channels().size(), s.samples(), s.notes());
  }

  @Test
  void skipsUnknownIdsAndATruncatedLastLineAndSaysSo() throws IOException {
    Path dbc = write("car.dbc", DBC);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      log.append(String.format("(1700000000.%06d) can0 100#1027%n", i * 10_000));
      log.append(String.format("(1700000000.%06d) can0 2A0#01%n", i * 10_000 + 5));
    }
    log.append("(1700000002.000000) can0 10"); // killed mid-line
    ImportedSession s = reader.read(write("run.log", log.toString()), null, dbc);
    assertEquals(FileFormat.CANDUMP, s.format());
    SampleBlock speed = channel(s, "WHEELS.SPEED");
    assertEquals(200, speed.size());
    assertEquals(100.0, speed.value(0));
    assertEquals(10_000_000L, speed.timeNanos(1));
    assertEquals(
        List.of(
            "200 of 400 frames skipped: 1 CAN ids not in car.dbc (0x2A0)",
            "1 lines not candump frames, skipped; first: run.log line 401: "
                + "column 26: frame has no '#' between id and data"),
        s.notes());
  }

  @Test
  void aForeignFileIsRejectedAtItsFirstLine() throws IOException {
    Path dbc = write("car.dbc", DBC);
    Path f = write("notes.log", "lap 1 was fine\n(1700000000.000000) can0 100#1027\n");
    ImportException e =
        assertThrows(ImportException.class, () -> reader.read(f, FileFormat.CANDUMP, dbc));
    assertTrue(e.getMessage().startsWith(f + " line 1: not a candump -l log"), e.getMessage());
  }

  @Test
  void manyBadLinesFailTheWholeImport() throws IOException {
    Path dbc = write("car.dbc", DBC);
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      log.append(String.format("(1700000000.%06d) can0 100#1027%n", i * 10_000));
      log.append("(1700000000.5) can0 ZZZ#00\n");
    }
    Path f = write("bad.log", log.toString());
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, null, dbc));
    assertTrue(e.getMessage().contains("50 of 100 lines are not candump frames"), e.getMessage());
  }

  @Test
  void aCandumpLogNeedsADbc() throws IOException {
    Path f = write("run.log", "(1700000000.000000) can0 100#1027\n");
    ImportException e = assertThrows(ImportException.class, () -> reader.read(f, null));
    assertEquals(f + ": a candump log needs a DBC file to decode it (--dbc FILE)", e.getMessage());
  }

  private static SampleBlock channel(ImportedSession s, String name) {
    return s.channels().stream()
        .filter(b -> b.channel().name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no channel " + name));
  }
}
