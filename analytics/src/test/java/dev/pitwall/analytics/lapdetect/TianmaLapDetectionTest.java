package dev.pitwall.analytics.lapdetect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.testdata.RaceChronoCsv;
import dev.pitwall.analytics.testdata.RealData;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real RaceChrono laps at Shanghai Tianma. The line: RaceChrono writes an interpolated row at each
 * line crossing (where {@code lap_number} changes); the two such rows in the files lie 1.5 m apart
 * on a line at bearing 21°, perpendicular to the 291° driving heading there. We give the detector
 * only that line (centre between the two points, 30 m wide) and, in the second variant, delete
 * those rows so that the crossing must be interpolated between real neighbouring samples.
 */
class TianmaLapDetectionTest {
  static final double LINE_LAT = 31.0789284;
  static final double LINE_LON = 121.1151276;
  static final double LINE_HEADING_DEG = 291.0;

  @ParameterizedTest
  @CsvSource({
    "session_20251231_111318_tianma_lap9_v3.csv, 76.329, false",
    "session_20251231_111318_tianma_lap9_v3.csv, 76.329, true",
    "session_20251231_111959_tianma_lap13_v3.csv, 75.934, false",
    "session_20251231_111959_tianma_lap13_v3.csv, 75.934, true"
  })
  void timesTheRealLapFromTheGpsLine(String file, double expectedS, boolean dropBoundaryRows)
      throws Exception {
    RaceChronoCsv csv = RaceChronoCsv.read(RealData.require("gps/racechrono_tianma/" + file));
    int[] rows = keptRows(csv, dropBoundaryRows);
    long[] t = pick(csv.elapsedNanos(), rows);
    double[] lat = pick(csv.column("latitude", "100"), rows);
    double[] lon = pick(csv.column("longitude", "100"), rows);
    double[] speedKph = pick(csv.column("speed", "100"), rows);
    for (int i = 0; i < speedKph.length; i++) {
      speedKph[i] *= 3.6;
    }
    LocalProjection proj = new LocalProjection(LINE_LAT, LINE_LON);
    PositionTrace trace = PositionTrace.fromLatLon(t, lat, lon, proj);
    GateLine line = GateLine.across("S/F", 0, 0, LINE_HEADING_DEG, 30);

    Crossings crossings = GateCrossingFinder.withDefaults().find(trace, line);
    LapDetection result =
        new LapSplitter(LapSplitter.Config.defaults())
            .split(
                crossings,
                t[0],
                t[t.length - 1],
                new SpeedTrace(t, speedKph),
                List.of(),
                List.of());

    List<DetectedLap> valid = result.validLaps();
    assertEquals(
        1,
        valid.size(),
        () ->
            "laps: "
                + result.laps()
                + crossings.issues().list().subList(0, Math.min(5, crossings.issues().total())));
    assertEquals(expectedS, valid.get(0).lapTimeS(), 0.02);
    assertEquals(LapKind.PARTIAL, result.laps().get(0).kind());
    assertFalse(result.laps().get(0).valid());
    assertEquals(LapKind.PARTIAL, result.laps().get(2).kind());
    assertTrue(result.laps().get(0).invalidReasons().get(0).contains("starts mid-lap"));
  }

  private static int[] keptRows(RaceChronoCsv csv, boolean dropBoundaryRows) {
    double[] lapNumber = csv.column("lap_number", "");
    return IntStream.range(0, csv.rows())
        .filter(i -> !dropBoundaryRows || i == 0 || lapNumber[i] == lapNumber[i - 1])
        .toArray();
  }

  static double[] pick(double[] values, int[] rows) {
    return IntStream.of(rows).mapToDouble(i -> values[i]).toArray();
  }

  static long[] pick(long[] values, int[] rows) {
    return IntStream.of(rows).mapToLong(i -> values[i]).toArray();
  }
}
