package dev.pitwall.analytics.coaching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lap-time consistency: the coefficient of variation (standard deviation / mean) of a driver's
 * valid lap times. 0.5 % is a metronome; above 2 % the laps are not comparable for coaching.
 */
public final class Consistency {
  private Consistency() {}

  /** Statistics of the lap times; {@link MetricStats#coefficientOfVariation()} gives the CV. */
  public static MetricStats of(List<Double> validLapTimesS) {
    return MetricStats.of(validLapTimesS.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Per driver, in the order given. */
  public static Map<String, MetricStats> perDriver(Map<String, List<Double>> validLapTimesS) {
    Map<String, MetricStats> out = new LinkedHashMap<>();
    validLapTimesS.forEach((driver, times) -> out.put(driver, of(times)));
    return out;
  }
}
