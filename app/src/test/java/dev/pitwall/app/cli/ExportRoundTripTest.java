package dev.pitwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.DesktopServices;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real file → import → export → import again: every sample bit-exact (time and value), channels
 * with units and rates, laps and session metadata the same.
 */
class ExportRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv, parquet",
    "gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv, csv",
    "gps/racechrono_tianma/session_20251231_111318_tianma_lap9_v3.csv, parquet",
    "gps/racechrono_tianma/session_20251231_111959_tianma_lap13_v3.csv, csv"
  })
  void exportThenImportKeepsEverySampleAndTheMetadata(String file, String format) {
    Path db = dir.resolve("pw");
    assertEquals(0, CliRun.importData(db, file).code());
    Path out = dir.resolve("s1." + format);
    CliRun e =
        CliRun.of(
            "export", "1", "--format", format, "--out", out.toString(), "--db", db.toString());
    assertEquals(0, e.code(), e.err());
    assertTrue(Files.isRegularFile(out));
    CliRun back = CliRun.of("import", out.toString(), "--db", db.toString());
    assertEquals(0, back.code(), back.err());
    assertTrue(back.out().contains("imported " + format + " as session 2"), back.out());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      assertSameSession(store, 1, 2);
    }
  }

  @ParameterizedTest
  @CsvSource({"parquet", "csv"})
  void candumpImportedThroughItsDbcRoundTripsThroughExport(String format) {
    Path log = ImportCommandTest.data("can/rav4/candump_green_-2021-08-13_185747.log");
    Path dbc = ImportCommandTest.data("can/rav4/toyota_rav4_hybrid_2017_pt_generated.dbc");
    Path db = dir.resolve("pw");
    CliRun imported =
        CliRun.of("import", log.toString(), "--dbc", dbc.toString(), "--db", db.toString());
    assertEquals(0, imported.code(), imported.err());
    assertTrue(
        imported.out().startsWith("imported candump as session 1: 48 channels, 22707 samples"),
        imported.out());
    assertTrue(
        imported.out().contains("skipped: 48961 of 56323 frames skipped: 82 CAN ids not in"),
        imported.out());
    Path out = dir.resolve("can." + format);
    CliRun e =
        CliRun.of(
            "export", "1", "--format", format, "--out", out.toString(), "--db", db.toString());
    assertEquals(0, e.code(), e.err());
    CliRun back = CliRun.of("import", out.toString(), "--db", db.toString());
    assertEquals(0, back.code(), back.err());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      assertSameSession(store, 1, 2);
    }
  }

  @Test
  void csvAtAFixedRateHasOneRowPerPeriodAndUnitsInTheHeader() throws Exception {
    Path db = dir.resolve("pw");
    assertEquals(0, CliRun.importData(db, ImportCommandTest.TIANMA_LAP9).code());
    Path out = dir.resolve("r.csv");
    CliRun e =
        CliRun.of(
            "export",
            "1",
            "--format",
            "csv",
            "--rate",
            "10",
            "--out",
            out.toString(),
            "--db",
            db.toString());
    assertEquals(0, e.code(), e.err());
    List<String> lines = Files.readAllLines(out);
    String header = lines.stream().filter(l -> l.startsWith("time_s,")).findFirst().orElseThrow();
    assertTrue(header.contains("speed[km/h]") && header.contains("latitude[deg]"), header);
    List<String> data = lines.subList(lines.indexOf(header) + 1, lines.size());
    // 84.28 s of data (first to last timestamp) at 10 Hz
    assertEquals(843, data.size());
    assertTrue(data.get(1).startsWith("0.100000000,"), data.get(1));
  }

  @Test
  void corruptOrTruncatedParquetIsRejectedWithTheByteOffsetAndNothingStored() throws Exception {
    Path db = dir.resolve("pw");
    assertEquals(
        0,
        CliRun.importData(db, "gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv").code());
    Path out = dir.resolve("s.parquet");
    assertEquals(
        0,
        CliRun.of(
                "export",
                "1",
                "--format",
                "parquet",
                "--out",
                out.toString(),
                "--db",
                db.toString())
            .code());
    byte[] good = Files.readAllBytes(out);
    byte[] flipped = good.clone();
    flipped[good.length / 3] ^= 0x40;
    Path bad = Files.write(dir.resolve("flipped.parquet"), flipped);
    CliRun r = CliRun.of("import", bad.toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().matches("(?s).*byte \\d+: page CRC-32 mismatch.*"), r.err());
    Path cut =
        Files.write(dir.resolve("cut.parquet"), java.util.Arrays.copyOf(good, good.length - 100));
    r = CliRun.of("import", cut.toString(), "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("no PAR1 footer magic (truncated file?)"), r.err());
    try (SessionStore store = new DesktopServices().openStore(db)) {
      assertEquals(1, store.sessions().size());
    }
  }

  static void assertSameSession(SessionStore store, long a, long b) {
    SessionSummary sa = store.session(a).orElseThrow();
    SessionSummary sb = store.session(b).orElseThrow();
    assertEquals(sa.info().car(), sb.info().car());
    assertEquals(sa.info().driver(), sb.info().driver());
    assertEquals(sa.info().track(), sb.info().track());
    assertEquals(sa.info().source(), sb.info().source());
    assertEquals(sa.info().start(), sb.info().start());
    assertEquals(sa.samples(), sb.samples());
    assertEquals(store.laps(a), store.laps(b));
    List<ChannelSummary> ca = store.channels(a);
    List<ChannelSummary> cb = store.channels(b);
    assertEquals(
        ca.stream().map(ChannelSummary::channel).toList(),
        cb.stream().map(ChannelSummary::channel).toList());
    for (ChannelSummary c : ca) {
      SampleBlock x = store.read(a, c.channel(), Long.MIN_VALUE, Long.MAX_VALUE);
      SampleBlock y = store.read(b, c.channel(), Long.MIN_VALUE, Long.MAX_VALUE);
      assertArrayEquals(x.times(), y.times(), c.channel().key());
      assertArrayEquals(x.values(), y.values(), c.channel().key());
    }
  }
}
