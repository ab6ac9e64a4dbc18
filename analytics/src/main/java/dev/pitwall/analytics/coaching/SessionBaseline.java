package dev.pitwall.analytics.coaching;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's own normal over a session: per corner and metric, the mean and standard deviation
 * over the valid laps given. Immutable.
 */
public final class SessionBaseline {
  private final Map<String, Map<CornerMetric, MetricStats>> stats;
  private final MetricStats lapTime;

  private SessionBaseline(Map<String, Map<CornerMetric, MetricStats>> stats, MetricStats lapTime) {
    this.stats = stats;
    this.lapTime = lapTime;
  }

  /** Pass valid laps only (see {@code DetectedLap.valid()}). */
  public static SessionBaseline of(List<LapAnalysis> validLaps) {
    Map<String, Map<CornerMetric, MetricStats>> stats = new LinkedHashMap<>();
    if (!validLaps.isEmpty()) {
      for (CornerMetrics c : validLaps.get(0).corners()) {
        Map<CornerMetric, MetricStats> perMetric = new EnumMap<>(CornerMetric.class);
        for (CornerMetric metric : CornerMetric.values()) {
          double[] values =
              validLaps.stream()
                  .mapToDouble(lap -> lap.corner(c.name()).map(metric::of).orElse(Double.NaN))
                  .toArray();
          perMetric.put(metric, MetricStats.of(values));
        }
        stats.put(c.name(), perMetric);
      }
    }
    double[] times = validLaps.stream().mapToDouble(LapAnalysis::lapTimeS).toArray();
    return new SessionBaseline(stats, MetricStats.of(times));
  }

  /** NaN statistics when the corner or metric is unknown. */
  public MetricStats stats(String corner, CornerMetric metric) {
    Map<CornerMetric, MetricStats> perMetric = stats.get(corner);
    return perMetric == null ? new MetricStats(Double.NaN, Double.NaN, 0) : perMetric.get(metric);
  }

  public MetricStats lapTime() {
    return lapTime;
  }
}
