package dev.pitwall.analytics.timing;

/**
 * Plausibility limits that separate real line and sector crossings from GPS-like glitches in the
 * {@code lapDistance} channel.
 *
 * @param lineToleranceM a drop counts as a line crossing only if it starts within this distance
 *     before the line and ends within it after the line (capped at a quarter of the lap)
 * @param maxSpeedMps fastest plausible car speed; a sample that moved further than this allows
 *     (plus {@code slackM}) since the previous one is a jump, not driving
 * @param slackM distance noise allowed on top of {@code maxSpeedMps} per sample, and the backward
 *     jitter tolerated without calling it a drop
 * @param maxGapNanos a gap in the samples longer than this makes the lap invalid (its timing would
 *     be interpolated across missing data)
 * @param resyncAfterNanos when samples keep being rejected for this long, the timer accepts the new
 *     position (e.g. a source that restarted) and invalidates the lap instead of freezing
 */
public record CrossingRules(
    double lineToleranceM,
    double maxSpeedMps,
    double slackM,
    long maxGapNanos,
    long resyncAfterNanos) {

  public CrossingRules {
    if (!(lineToleranceM > 0) || !(maxSpeedMps > 0) || !(slackM >= 0)) {
      throw new IllegalArgumentException("crossing rules must be positive: " + lineToleranceM);
    }
    if (maxGapNanos <= 0 || resyncAfterNanos <= 0) {
      throw new IllegalArgumentException("gap limits must be positive");
    }
  }

  /** 100 m line window, 120 m/s (432 km/h), 5 m slack, 1 s gap, 1 s resync. */
  public static CrossingRules defaults() {
    return new CrossingRules(100, 120, 5, 1_000_000_000L, 1_000_000_000L);
  }

  /** Furthest plausible travel in {@code dtNanos}, in metres. */
  double maxTravelM(long dtNanos) {
    return maxSpeedMps * dtNanos / 1e9 + slackM;
  }
}
