package dev.pitwall.analytics.coaching;

/**
 * A corner metric far from the driver's session normal ({@code |z| > 2}).
 *
 * @param fromM stretch on the distance grid showing it (the corner's approach to exit)
 */
public record Anomaly(
    int lapNumber,
    String corner,
    CornerMetric metric,
    double value,
    double z,
    double fromM,
    double toM,
    String text) {}
