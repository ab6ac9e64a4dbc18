package dev.pitwall.hardware.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RealFileImportTest {
  static Path data(String relative) {
    Path root = Path.of(System.getProperty("pitwall.data", "../shared/data"));
    Path p = root.resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(p), "real data not present: " + p);
    return p;
  }

  static Map<String, SampleBlock> byKey(ImportedSession s) {
    return s.channels().stream()
        .collect(Collectors.toMap(b -> b.channel().key(), Function.identity()));
  }

  @Test
  void readsGrCupBarberSampleWithEveryRowAsOneSampleAndTheOfficialLap() {
    Path file = data("gr-cup/barber/Samples/R1_barber_telemetry_data_sample.csv");
    SessionFileReader reader = new SessionFileReader();
    assertEquals(FileFormat.GRCUP, reader.detect(file));
    ImportedSession s = reader.read(file, null);
    assertEquals(10_000, s.rows());
    assertEquals(10_000, s.samples());
    assertEquals("GR86-002-000", s.info().car());
    assertEquals("barber", s.info().track());
    Map<String, SampleBlock> ch = byKey(s);
    SampleBlock lat = ch.get("latitude");
    assertEquals(33.53, lat.value(0), 0.01);
    assertEquals(-86.62, ch.get("longitude").value(0), 0.01);
    assertEquals("km/h", ch.get("speed").channel().unit());
    for (SampleBlock b : s.channels()) {
      assertTrue(b.firstTimeNanos() >= 0, b.toString());
    }
    // the start is moved onto the meta clock (the ECU says 2025-09-05, the race was on the 6th)
    assertTrue(
        s.info().start().toString().startsWith("2025-09-06T18:"), s.info().start()::toString);
    Lap lap3 = s.laps().stream().filter(l -> l.number() == 3).findFirst().orElseThrow();
    assertEquals(103.729, lap3.lapTimeS(), 1e-9);
  }

  @Test
  void readsBothRaceChronoTianmaLapsWithSpeedInKph() {
    for (String f :
        new String[] {
          "session_20251231_111318_tianma_lap9_v3.csv",
          "session_20251231_111959_tianma_lap13_v3.csv"
        }) {
      Path file = data("gps/racechrono_tianma/" + f);
      SessionFileReader reader = new SessionFileReader();
      assertEquals(FileFormat.RACECHRONO, reader.detect(file));
      ImportedSession s = reader.read(file, null);
      Map<String, SampleBlock> ch = byKey(s);
      assertEquals("Tianma", s.info().track());
      assertEquals(s.rows(), ch.get("latitude").size());
      double firstGpsSpeedMps = f.contains("lap9") ? 33.453 : 33.61455;
      assertEquals(firstGpsSpeedMps * 3.6, ch.get("speed").value(0), 1e-9);
      assertEquals("km/h", ch.get("speedObd").channel().unit());
      assertTrue(ch.containsKey("lapCount"));
      assertEquals(0, ch.get("latitude").firstTimeNanos());
    }
  }
}
