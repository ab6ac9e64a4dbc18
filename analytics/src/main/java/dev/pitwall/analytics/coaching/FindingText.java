package dev.pitwall.analytics.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-words phrasing of findings and anomalies, numbers rounded to what a driver can use. */
final class FindingText {
  private static final double BRAKE_M = 2;
  private static final double SPEED_KPH = 1;
  private static final double THROTTLE_M = 3;
  private static final double PRESSURE_BAR = 5;

  private FindingText() {}

  static String differences(CornerMetrics mine, CornerMetrics ref, String referenceLabel) {
    if (ref == null) {
      return "not in the reference lap";
    }
    List<String> parts = new ArrayList<>();
    add(
        parts,
        mine.brakePointM() - ref.brakePointM(),
        BRAKE_M,
        "braking %.0f m %s",
        "earlier",
        "later");
    add(
        parts,
        mine.minSpeedKph() - ref.minSpeedKph(),
        SPEED_KPH,
        "minimum speed %.0f km/h %s",
        "lower",
        "higher");
    add(
        parts,
        mine.throttlePickupM() - ref.throttlePickupM(),
        THROTTLE_M,
        "throttle %.0f m %s",
        "earlier",
        "later");
    add(
        parts,
        mine.exitSpeedKph() - ref.exitSpeedKph(),
        SPEED_KPH,
        "exit speed %.0f km/h %s",
        "lower",
        "higher");
    add(
        parts,
        mine.peakBrakeBar() - ref.peakBrakeBar(),
        PRESSURE_BAR,
        "peak brake %.0f bar %s",
        "less",
        "more");
    if (parts.isEmpty()) {
      return "inputs match " + referenceLabel + "; compare the line";
    }
    parts.set(0, parts.get(0) + " than " + referenceLabel);
    return String.join(", ", parts);
  }

  private static void add(
      List<String> parts,
      double diff,
      double threshold,
      String format,
      String lessWord,
      String moreWord) {
    if (Math.abs(diff) >= threshold) {
      parts.add(String.format(Locale.ROOT, format, Math.abs(diff), diff < 0 ? lessWord : moreWord));
    }
  }

  static String loss(double lostS) {
    return lostS >= 0
        ? String.format(Locale.ROOT, " — %.2f s", lostS)
        : String.format(Locale.ROOT, " — %.2f s gained", -lostS);
  }

  static String anomaly(
      int lap, String corner, CornerMetric metric, double value, double z, MetricStats stats) {
    return String.format(
        Locale.ROOT,
        "%s, lap %d: %s %s %s, %.1f standard deviations %s your session mean of %s (±%s)",
        corner,
        lap,
        metric.label(),
        number(value, metric),
        metric.unit(),
        Math.abs(z),
        z > 0 ? "above" : "below",
        number(stats.mean(), metric),
        number(stats.standardDeviation(), metric));
  }

  private static String number(double v, CornerMetric metric) {
    return String.format(Locale.ROOT, metric == CornerMetric.CORNER_TIME_S ? "%.2f" : "%.0f", v);
  }
}
