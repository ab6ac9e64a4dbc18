/**
 * Driver coaching from laps on a distance grid: per-corner metrics ({@link
 * dev.pitwall.analytics.coaching.CornerMetricsCalculator}), the driver's session baseline ({@link
 * dev.pitwall.analytics.coaching.SessionBaseline}), findings ranked by time lost and anomalies
 * ({@link dev.pitwall.analytics.coaching.LapCoach}), reference-lap compatibility ({@link
 * dev.pitwall.analytics.coaching.ReferenceCheck}) and lap-time consistency ({@link
 * dev.pitwall.analytics.coaching.Consistency}). {@link dev.pitwall.analytics.coaching.SessionCoach}
 * runs the whole chain for a detected session.
 */
package dev.pitwall.analytics.coaching;
