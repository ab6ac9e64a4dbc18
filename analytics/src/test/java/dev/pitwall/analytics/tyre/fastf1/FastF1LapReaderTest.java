package dev.pitwall.analytics.tyre.fastf1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.tyre.Stint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastF1LapReaderTest {
  private static final String HEADER =
      "Driver,LapTime,LapNumber,Stint,PitOutTime,PitInTime,Compound,TyreLife,TrackStatus,Year";

  @ParameterizedTest
  @CsvSource({
    "0 days 00:01:40.323000, 100.323",
    "1:40.5, 100.5",
    "93.25, 93.25",
    "1 days 00:00:01, 86401"
  })
  void parsesPandasAndTimingDurations(String text, double seconds) {
    assertEquals(seconds, LapTimeText.seconds(text), 1e-9);
  }

  @Test
  void keepsOnlyGreenFlagNonPitLapsWithinSevenPercentOfTheMedian(@TempDir Path dir)
      throws Exception {
    Path f =
        write(
            dir,
            "VER,0 days 00:01:35.000000,2,1,,,SOFT,2,1,2024",
            "VER,0 days 00:01:35.100000,3,1,,,SOFT,3,1,2024",
            "VER,0 days 00:01:36.000000,4,1,,,SOFT,4,4,2024", // safety car
            "VER,0 days 00:01:55.000000,5,1,,0 days 01:00:00,SOFT,5,1,2024", // in-lap
            "VER,0 days 00:01:50.000000,6,1,,,SOFT,6,1,2024", // > 1.07 x median
            "VER,0 days 00:01:35.200000,7,1,,,SOFT,7,1,2024",
            "HAM,0 days 00:01:35.500000,2,1,,,MEDIUM,2,1,2024");
    FastF1LapFile file = new FastF1LapReader().read(f);
    assertEquals(7, file.rows());
    assertEquals(4, file.cleanLaps());
    Stint ver = file.stints().get(0);
    assertEquals("VER", ver.driver());
    assertEquals(List.of(2, 3, 7), ver.laps().stream().map(l -> l.lapNumber()).toList());
    assertEquals("2024", ver.raceId());
  }

  @Test
  void countsAMalformedRowWithItsLineAndKeepsReading(@TempDir Path dir) throws Exception {
    Path f =
        write(
            dir,
            "VER,0 days 00:01:35.000000,2,1,,,SOFT,2,1,2024",
            "VER,fast,3,1,,,SOFT,3,1,2024",
            "VER,0 days 00:01:35.200000,4,1,,,SOFT,x,1,2024");
    FastF1LapFile file = new FastF1LapReader().read(f);
    assertEquals(2, file.badRows());
    assertEquals(1, file.cleanLaps());
    assertTrue(
        file.problems().get(0).contains("line 3: LapTime is not a duration"),
        file.problems().get(0));
    assertTrue(
        file.problems().get(1).contains("line 4: TyreLife is not a number"),
        file.problems().get(1));
  }

  @Test
  void namesAMissingColumn(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("laps.csv");
    Files.writeString(f, "Driver,LapTime\nVER,1:35.0\n");
    var e = assertThrows(IllegalArgumentException.class, () -> new FastF1LapReader().read(f));
    assertTrue(e.getMessage().contains("missing column 'LapNumber'"), e.getMessage());
  }

  private static Path write(Path dir, String... rows) throws Exception {
    Path f = dir.resolve("laps.csv");
    Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n");
    return f;
  }
}
