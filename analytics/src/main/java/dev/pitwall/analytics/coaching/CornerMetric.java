package dev.pitwall.analytics.coaching;

import java.util.function.ToDoubleFunction;

/** The per-corner numbers compared between laps and against the session baseline. */
public enum CornerMetric {
  BRAKE_POINT_M("brake point", "m", CornerMetrics::brakePointM),
  PEAK_BRAKE_BAR("peak brake pressure", "bar", CornerMetrics::peakBrakeBar),
  MIN_SPEED_KPH("minimum speed", "km/h", CornerMetrics::minSpeedKph),
  THROTTLE_PICKUP_M("throttle pick-up", "m", CornerMetrics::throttlePickupM),
  EXIT_SPEED_KPH("exit speed", "km/h", CornerMetrics::exitSpeedKph),
  CORNER_TIME_S("time in corner", "s", CornerMetrics::cornerTimeS);

  private final String label;
  private final String unit;
  private final ToDoubleFunction<CornerMetrics> extractor;

  CornerMetric(String label, String unit, ToDoubleFunction<CornerMetrics> extractor) {
    this.label = label;
    this.unit = unit;
    this.extractor = extractor;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  public double of(CornerMetrics metrics) {
    return extractor.applyAsDouble(metrics);
  }
}
