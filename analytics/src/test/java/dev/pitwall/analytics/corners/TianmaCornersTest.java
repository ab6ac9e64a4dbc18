package dev.pitwall.analytics.corners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.testdata.TianmaCornerTable;
import dev.pitwall.analytics.testdata.TianmaLap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corners from the curvature of the real Tianma GPS path against the hand-made corner table. The
 * table also lists fast kinks (radius > 200 m) that the default threshold deliberately does not
 * call corners, and its T3 direction disagrees with the GPS path (which turns left at 550–700 m),
 * so the test checks the hairpins tightly and every found corner loosely.
 */
class TianmaCornersTest {
  @Test
  void findsTheHairpinsOfTheTableFromGpsCurvature() throws Exception {
    List<Corner> found = findOnLap9();
    List<Corner> table = TianmaCornerTable.corners();
    List<String> types = TianmaCornerTable.types();
    assertEquals(14, table.size());
    for (int i = 0; i < table.size(); i++) {
      if (!types.get(i).equals("hairpin")) {
        continue;
      }
      Corner expected = table.get(i);
      assertTrue(
          found.stream()
              .anyMatch(
                  c ->
                      c.direction() == expected.direction()
                          && Math.abs(c.apexM() - expected.apexM()) <= 25),
          () -> "no corner near hairpin " + expected + " in " + found);
    }
  }

  @Test
  void everyFoundCornerIsACornerOfTheTable() throws Exception {
    List<Corner> found = findOnLap9();
    List<Corner> table = TianmaCornerTable.corners();
    assertTrue(found.size() >= 7 && found.size() <= 14, () -> "found " + found);
    for (Corner c : found) {
      assertTrue(
          table.stream().anyMatch(t -> c.apexM() >= t.entryM() - 20 && c.apexM() <= t.exitM() + 20),
          () -> c + " is not near any table corner");
    }
    for (int i = 0; i < found.size(); i++) {
      assertEquals("T" + (i + 1), found.get(i).name());
    }
  }

  private static List<Corner> findOnLap9() throws Exception {
    TianmaLap lap = TianmaLap.load(TianmaLap.LAP9, Double.NaN);
    return new CurvatureCornerFinder(CurvatureCornerFinder.Config.defaults())
        .find(lap.grid().channel("posX"), lap.grid().channel("posY"), 1.0);
  }
}
