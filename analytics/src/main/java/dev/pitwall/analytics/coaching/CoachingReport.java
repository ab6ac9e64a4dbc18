package dev.pitwall.analytics.coaching;

import java.util.List;

/**
 * Findings for one lap against a reference lap, largest time loss first, and anomalies against the
 * session baseline.
 *
 * @param referenceProblem empty when the reference fits; otherwise why it cannot be compared (then
 *     {@code findings} is empty)
 */
public record CoachingReport(
    int lapNumber,
    int referenceLapNumber,
    double lapTimeS,
    double referenceLapTimeS,
    String referenceProblem,
    List<Finding> findings,
    List<Anomaly> anomalies) {

  public CoachingReport {
    findings = List.copyOf(findings);
    anomalies = List.copyOf(anomalies);
  }

  public boolean comparable() {
    return referenceProblem.isEmpty();
  }
}
