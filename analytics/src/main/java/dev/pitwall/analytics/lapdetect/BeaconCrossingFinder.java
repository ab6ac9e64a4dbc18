package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds lap marks from a beacon channel: either a pulse (0 → non-zero when the car passes the
 * infrared/magnetic beacon) or a lap counter stepping up by one. The mark is the first sample seen
 * high, so its resolution is the channel's sample period. Counter resets (steps down) are ignored;
 * NaN samples are skipped and counted; a mark after a hole longer than {@code maxGapS} is
 * uncertain. Thread-safe.
 */
public final class BeaconCrossingFinder {
  private final double maxGapS;
  private final double minIntervalS;

  public BeaconCrossingFinder(double maxGapS, double minIntervalS) {
    this.maxGapS = maxGapS;
    this.minIntervalS = minIntervalS;
  }

  public static BeaconCrossingFinder withDefaults() {
    return new BeaconCrossingFinder(1.0, 5.0);
  }

  public Crossings find(String source, long[] timeNanos, double[] values) {
    TraceIssues issues = new TraceIssues();
    List<LineCrossing> out = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        issues.add(
            TraceIssue.Kind.INVALID_VALUE,
            i,
            timeNanos[i],
            LapDistanceCrossingFinder.at(source, i, timeNanos, "not a number"));
        continue;
      }
      if (last >= 0 && values[i] - values[last] >= 0.5) {
        double dtS = (timeNanos[i] - timeNanos[last]) / 1e9;
        String doubt = "";
        if (dtS > maxGapS) {
          doubt = String.format("%.1f s hole in %s before the mark", dtS, source);
          issues.add(
              TraceIssue.Kind.GAP,
              i,
              timeNanos[i],
              LapDistanceCrossingFinder.at(source, i, timeNanos, doubt));
        }
        if (!out.isEmpty()
            && timeNanos[i] - out.get(out.size() - 1).timeNanos() < minIntervalS * 1e9) {
          issues.add(
              TraceIssue.Kind.IMPLAUSIBLE_CROSSING,
              i,
              timeNanos[i],
              LapDistanceCrossingFinder.at(
                  source, i, timeNanos, "mark too soon after the previous one; ignored"));
        } else {
          out.add(new LineCrossing(timeNanos[i], i, doubt));
        }
      }
      last = i;
    }
    return new Crossings(LapMethod.BEACON, out, issues);
  }
}
