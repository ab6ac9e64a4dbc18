package dev.pitwall.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.track.TrackCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The simulated GR86 must lap COTA within ±4 % of the best real Toyota GR Cup lap of the 2025 COTA
 * races (TRD "Hack the Track" data, read from {@code pitwall.data}).
 */
class CotaLapTimeRealismTest {
  private static final List<String> BEST_LAP_FILES =
      List.of(
          "gr-cup/COTA/Race 1/99_Best 10 Laps By Driver_Race 1_Anonymized.CSV",
          "gr-cup/COTA/Race 2/99_Best 10 Laps By Driver_ Race 2_Anonymized.CSV");

  @Test
  void simulatedGr86LapsCotaWithinFourPercentOfTheRealGrCupBest() throws IOException {
    double realBestS = realBestLapS();
    SimulatedSession session = SimulatedSession.create(TrackCatalog.builtIn(), "cota", 1, 1);
    while (session.completedLaps(0) < 4) {
      session.tick();
    }
    List<Double> laps = session.lapTimesS(0);
    double simBestS = Collections.min(laps);
    System.out.printf(
        "COTA: simulated laps %s s, best %.3f s; real GR Cup best %.3f s (%+.2f %%)%n",
        laps, simBestS, realBestS, 100 * (simBestS / realBestS - 1));
    assertEquals(realBestS, simBestS, 0.04 * realBestS, "simulated best lap vs real best");
  }

  static double realBestLapS() throws IOException {
    Path data = Path.of(System.getProperty("pitwall.data", "../shared/data"));
    double best = Double.MAX_VALUE;
    for (String file : BEST_LAP_FILES) {
      Path path = data.resolve(file);
      Assumptions.assumeTrue(Files.isRegularFile(path), "GR Cup COTA data absent: " + path);
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(";", -1);
        if (f.length > 4 && !f[4].isBlank()) {
          best = Math.min(best, parseLapTime(f[4].strip()));
        }
      }
    }
    assertTrue(best > 100 && best < 200, "implausible real best lap " + best);
    return best;
  }

  /** Parses {@code m:ss.fff} into seconds. */
  static double parseLapTime(String text) {
    int colon = text.indexOf(':');
    return Integer.parseInt(text.substring(0, colon)) * 60
        + Double.parseDouble(text.substring(colon + 1));
  }
}
