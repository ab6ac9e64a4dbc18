package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.distance.TimeDelta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares a lap with a reference lap corner by corner and with the driver's session baseline.
 *
 * <p>The lap is cut into stretches that each end at a corner exit (the first starts at the line, a
 * last one runs from the final corner to the line). The time lost on a stretch is the rise of the
 * distance-based time delta across it; the finding names the inputs that differ most from the
 * reference (brake point, minimum speed, throttle pick-up, exit speed, peak pressure). Findings are
 * ranked by time lost. Both laps must be on the same grid (resample the lap to the reference
 * length) and analysed with the same corner list. Stateless; thread-safe.
 */
public final class LapCoach {
  private static final double ANOMALY_Z = 2.0;
  private final ReferenceCheck referenceCheck;

  public LapCoach(ReferenceCheck referenceCheck) {
    this.referenceCheck = referenceCheck;
  }

  /**
   * @param referenceLabel how the text names the reference, e.g. "your best lap" or "lap 7 of A.
   *     Driver"
   * @param baseline the driver's session baseline; may be built from zero laps (no anomalies then)
   */
  public CoachingReport compare(
      LapAnalysis lap, LapAnalysis reference, String referenceLabel, SessionBaseline baseline) {
    List<Anomaly> anomalies = anomalies(lap, baseline);
    String problem = referenceCheck.problem(lap.grid(), reference.grid());
    if (!problem.isEmpty()) {
      return new CoachingReport(
          lap.lapNumber(),
          reference.lapNumber(),
          lap.lapTimeS(),
          reference.lapTimeS(),
          problem,
          List.of(),
          anomalies);
    }
    double[] delta = TimeDelta.between(lap.grid(), reference.grid());
    double step = lap.grid().stepM();
    double endM = (delta.length - 1) * step;
    List<CornerMetrics> corners = lap.corners();
    List<Finding> findings = new ArrayList<>();
    if (corners.isEmpty()) {
      double lost = TimeDelta.lostBetween(delta, step, 0, endM);
      findings.add(new Finding("whole lap", lost, 0, endM, "whole lap:" + FindingText.loss(lost)));
    }
    for (int i = 0; i < corners.size(); i++) {
      CornerMetrics mine = corners.get(i);
      CornerMetrics theirs = reference.corner(mine.name()).orElse(null);
      double fromM = i == 0 ? 0 : mine.approachFromM();
      double toM = i + 1 < corners.size() ? corners.get(i + 1).approachFromM() : endM;
      double lost = TimeDelta.lostBetween(delta, step, fromM, toM);
      String text =
          mine.name()
              + ": "
              + FindingText.differences(mine, theirs, referenceLabel)
              + FindingText.loss(lost);
      findings.add(new Finding(mine.name(), lost, fromM, toM, text));
    }
    findings.sort(Comparator.comparingDouble(Finding::timeLostS).reversed());
    return new CoachingReport(
        lap.lapNumber(),
        reference.lapNumber(),
        lap.lapTimeS(),
        reference.lapTimeS(),
        "",
        findings,
        anomalies);
  }

  /** Corner metrics of the lap more than 2 standard deviations from the session mean. */
  public static List<Anomaly> anomalies(LapAnalysis lap, SessionBaseline baseline) {
    List<Anomaly> out = new ArrayList<>();
    for (CornerMetrics c : lap.corners()) {
      for (CornerMetric metric : CornerMetric.values()) {
        MetricStats stats = baseline.stats(c.name(), metric);
        double value = metric.of(c);
        double z = stats.z(value);
        if (Math.abs(z) > ANOMALY_Z) {
          out.add(
              new Anomaly(
                  lap.lapNumber(),
                  c.name(),
                  metric,
                  value,
                  z,
                  c.approachFromM(),
                  c.corner().exitM(),
                  FindingText.anomaly(lap.lapNumber(), c.name(), metric, value, z, stats)));
        }
      }
    }
    out.sort(Comparator.comparingDouble((Anomaly a) -> Math.abs(a.z())).reversed());
    return out;
  }
}
