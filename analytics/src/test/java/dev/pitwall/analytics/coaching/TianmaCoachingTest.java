package dev.pitwall.analytics.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.testdata.TianmaCornerTable;
import dev.pitwall.analytics.testdata.TianmaLap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coaching on the two real Tianma laps with the track's corner table. The RaceChrono files have GPS
 * speed and OBD throttle but no brake pressure, so brake points come from deceleration.
 */
class TianmaCoachingTest {
  private static final CornerMetricsCalculator CALCULATOR =
      new CornerMetricsCalculator(
          new CornerMetricsCalculator.Channels("speed", "brakePressureFront", "throttle"),
          CornerMetricsCalculator.Config.defaults());

  @Test
  void hairpinMetricsOfTheRealLapMatchTheTable() throws Exception {
    TianmaLap lap = TianmaLap.load(TianmaLap.LAP13, Double.NaN);
    List<Corner> table = TianmaCornerTable.corners();
    LapAnalysis analysis = CALCULATOR.analyse(13, lap.lap().lapTimeS(), lap.grid(), table);
    assertEquals(14, analysis.corners().size());
    // table typical speeds of the hairpins T1, T5, T9: 43, 48, 44 km/h
    double[] typical = {43, 48, 44};
    String[] names = {"T1", "T5", "T9"};
    for (int i = 0; i < names.length; i++) {
      CornerMetrics m = analysis.corner(names[i]).orElseThrow();
      assertEquals(typical[i], m.minSpeedKph(), 8, m.toString());
      assertFalse(m.brakeFromPressure());
      assertTrue(
          m.brakePointM() < m.corner().apexM() && m.brakePointM() > m.corner().entryM() - 250,
          m.toString());
      assertTrue(m.throttlePickupM() > m.brakePointM(), m.toString());
    }
  }

  @Test
  void slowerRealLapGetsRankedFindingsThatAddUpToItsDeficit() throws Exception {
    TianmaLap best = TianmaLap.load(TianmaLap.LAP13, Double.NaN);
    TianmaLap other = TianmaLap.load(TianmaLap.LAP9, best.grid().measuredLengthM());
    List<Corner> table = TianmaCornerTable.corners();
    LapAnalysis ref = CALCULATOR.analyse(13, best.lap().lapTimeS(), best.grid(), table);
    LapAnalysis lap = CALCULATOR.analyse(9, other.lap().lapTimeS(), other.grid(), table);
    CoachingReport report =
        new LapCoach(ReferenceCheck.withDefaults())
            .compare(lap, ref, "your best lap", SessionBaseline.of(List.of(ref, lap)));
    report.findings().forEach(f -> System.out.println(f.text()));
    assertTrue(report.comparable(), report.referenceProblem());
    assertEquals(14, report.findings().size());
    double total = report.findings().stream().mapToDouble(Finding::timeLostS).sum();
    assertEquals(other.lap().lapTimeS() - best.lap().lapTimeS(), total, 0.05);
    for (int i = 1; i < report.findings().size(); i++) {
      assertTrue(report.findings().get(i - 1).timeLostS() >= report.findings().get(i).timeLostS());
    }
    Finding worst = report.findings().get(0);
    assertTrue(worst.text().startsWith(worst.where() + ": "), worst.text());
    assertTrue(worst.fromM() < worst.toM() && worst.toM() <= best.grid().gridLengthM());
  }
}
