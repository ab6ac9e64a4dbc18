package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.distance.DistanceLap;
import java.util.List;
import java.util.Optional;

/**
 * One lap on its distance grid with its per-corner metrics, in corner order.
 *
 * @param lapTimeS line-to-line lap time (from lap detection, not from the grid)
 */
public record LapAnalysis(
    int lapNumber, double lapTimeS, DistanceLap grid, List<CornerMetrics> corners) {
  public LapAnalysis {
    corners = List.copyOf(corners);
  }

  public Optional<CornerMetrics> corner(String name) {
    return corners.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
