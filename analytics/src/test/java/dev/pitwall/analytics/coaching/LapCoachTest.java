package dev.pitwall.analytics.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.testdata.SyntheticLap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LapCoachTest {
  private static final CornerMetricsCalculator CALCULATOR =
      new CornerMetricsCalculator(
          CornerMetricsCalculator.Channels.shared(), CornerMetricsCalculator.Config.defaults());
  private static final LapCoach COACH = new LapCoach(ReferenceCheck.withDefaults());

  private static LapAnalysis analyse(int number, List<SyntheticLap.Spec> specs) {
    DistanceLap lap = SyntheticLap.drive(specs);
    return CALCULATOR.analyse(
        number, lap.timeS()[lap.pointCount() - 1], lap, SyntheticLap.corners(specs));
  }

  @Test
  void ranksTheCornerWhereTimeWentFirstAndSaysWhy() {
    LapAnalysis best = analyse(3, SyntheticLap.standard());
    List<SyntheticLap.Spec> slower =
        SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T2", -8, -3);
    LapAnalysis lap = analyse(5, slower);
    CoachingReport report =
        COACH.compare(lap, best, "your best lap", SessionBaseline.of(List.of()));
    assertTrue(report.comparable());
    Finding first = report.findings().get(0);
    assertEquals("T2", first.where());
    assertTrue(
        first
            .text()
            .startsWith("T2: braking 8 m earlier than your best lap, minimum speed 3 km/h lower"),
        first.text());
    assertTrue(first.timeLostS() > 0.05, first.toString());
    assertTrue(
        first.text().endsWith(String.format(java.util.Locale.ROOT, "— %.2f s", first.timeLostS())));
    assertTrue(first.fromM() <= 1282 && first.toM() >= 1450, first.toString());
    double total = report.findings().stream().mapToDouble(Finding::timeLostS).sum();
    assertEquals(
        lap.grid().timeS()[lap.grid().pointCount() - 1]
            - best.grid().timeS()[best.grid().pointCount() - 1],
        total,
        0.02);
    for (Finding f : report.findings()) {
      if (!f.where().equals("T2")) {
        assertEquals(0, f.timeLostS(), 0.02, f.toString());
      }
    }
  }

  @Test
  void flagsAMetricMoreThanTwoDeviationsFromTheSessionBaseline() {
    List<LapAnalysis> session = new ArrayList<>();
    double[] shifts = {-2, 1, 0, 2, -1, 1.5, -1.5};
    for (int i = 0; i < shifts.length; i++) {
      session.add(
          analyse(i + 1, SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T3", shifts[i], 0)));
    }
    SessionBaseline baseline = SessionBaseline.of(session);
    MetricStats t3 = baseline.stats("T3", CornerMetric.BRAKE_POINT_M);
    assertEquals(2200, t3.mean(), 1.0);
    assertEquals(7, t3.n());
    LapAnalysis odd =
        analyse(9, SyntheticLap.withBrakeShift(SyntheticLap.standard(), "T3", -25, 0));
    List<Anomaly> anomalies = LapCoach.anomalies(odd, baseline);
    assertFalse(anomalies.isEmpty());
    Anomaly a =
        anomalies.stream()
            .filter(x -> x.metric() == CornerMetric.BRAKE_POINT_M)
            .findFirst()
            .orElseThrow();
    assertEquals("T3", a.corner());
    assertTrue(a.z() < -2, a.toString());
    assertTrue(a.text().startsWith("T3, lap 9: brake point 2175 m"), a.text());
    assertTrue(LapCoach.anomalies(session.get(2), baseline).isEmpty());
  }

  @Test
  void refusesAReferenceFromAnotherTrackWithAClearMessage() {
    LapAnalysis lap = analyse(1, SyntheticLap.standard());
    DistanceLap g = lap.grid();
    double[] shortTimes = java.util.Arrays.copyOf(g.timeS(), 2001);
    Map<String, double[]> channels = new LinkedHashMap<>();
    for (String name : g.channelNames()) {
      channels.put(name, java.util.Arrays.copyOf(g.channel(name), 2001));
    }
    LapAnalysis otherTrack =
        new LapAnalysis(7, 60, new DistanceLap(1, 2000, shortTimes, channels), List.of());
    CoachingReport report = COACH.compare(lap, otherTrack, "lap 7", SessionBaseline.of(List.of()));
    assertFalse(report.comparable());
    assertTrue(report.findings().isEmpty());
    assertTrue(
        report
            .referenceProblem()
            .startsWith("The reference lap is 2000 m long and this lap 3000 m"),
        report.referenceProblem());
  }

  @Test
  void refusesAReferenceOfTheSameLengthButAnotherShape() {
    LapAnalysis lap = analyse(1, SyntheticLap.standard());
    DistanceLap g = lap.grid();
    Map<String, double[]> channels = new LinkedHashMap<>();
    for (String name : g.channelNames()) {
      channels.put(name, g.channel(name));
    }
    double[] x = g.channel("posX");
    for (int k = 0; k < x.length; k++) {
      x[k] *= 1.6; // an oval of the same length scale: another layout
    }
    channels.put("posX", x);
    LapAnalysis other =
        new LapAnalysis(
            2, 90, new DistanceLap(1, g.measuredLengthM(), g.timeS(), channels), lap.corners());
    String problem = ReferenceCheck.withDefaults().problem(lap.grid(), other.grid());
    assertTrue(problem.contains("RMS"), problem);
    assertEquals(
        "",
        ReferenceCheck.withDefaults()
            .problem(lap.grid(), analyse(2, SyntheticLap.standard()).grid()));
  }

  @Test
  void consistencyIsTheCoefficientOfVariationPerDriver() {
    Map<String, List<Double>> times = new LinkedHashMap<>();
    times.put("A", List.of(90.0, 91.0, 89.0, 90.0));
    times.put("B", List.of(100.0, 100.0, 100.0));
    Map<String, MetricStats> c = Consistency.perDriver(times);
    assertEquals(Math.sqrt(2.0 / 3.0) / 90.0, c.get("A").coefficientOfVariation(), 1e-12);
    assertEquals(0.0, c.get("B").coefficientOfVariation(), 0.0);
  }
}
