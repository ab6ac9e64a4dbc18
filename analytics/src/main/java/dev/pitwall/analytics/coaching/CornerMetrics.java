package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.corners.Corner;

/**
 * What the driver did in one corner of one lap. Distances are metres on the lap's distance grid;
 * NaN means "not measurable" (no brake channel and no deceleration, flat-out corner, no throttle
 * channel).
 *
 * @param approachFromM start of the stretch analysed for this corner (previous corner's exit, at
 *     most {@code approachM} before the entry)
 * @param brakePointM where the brake pressure starts rising (or deceleration starts, see {@code
 *     brakeFromPressure})
 * @param brakeFromPressure true when the brake point comes from a pressure channel, false when it
 *     was inferred from deceleration (accelerometer or speed trace)
 * @param throttlePickupM where the throttle starts rising again after its minimum in the corner
 * @param cornerTimeS time from entry to exit
 */
public record CornerMetrics(
    Corner corner,
    double approachFromM,
    double brakePointM,
    boolean brakeFromPressure,
    double peakBrakeBar,
    double minSpeedKph,
    double minSpeedAtM,
    double throttlePickupM,
    double exitSpeedKph,
    double cornerTimeS) {

  public String name() {
    return corner.name();
  }
}
