package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds start/finish crossings from a lap-distance channel (metres since the line) falling back
 * towards zero, and sector boundaries from it rising through a threshold.
 *
 * <p>The crossing time is interpolated with the car's speed estimated from the distance slope on
 * both sides of the reset: {@code t = t_after - d_after / v}. A reset that does not land near zero
 * (logger restart) or comes within {@code minIntervalS} of the last one is reported and marked
 * uncertain; NaN samples are skipped and counted. Thread-safe.
 */
public final class LapDistanceCrossingFinder {
  private final double maxGapS;
  private final double minResetDropM;
  private final double maxStartM;
  private final double minIntervalS;

  /**
   * @param maxGapS a reset inside a longer hole than this is uncertain
   * @param minResetDropM a drop smaller than this is noise, not a reset
   * @param maxStartM a reset landing further than this from zero is uncertain
   */
  public LapDistanceCrossingFinder(
      double maxGapS, double minResetDropM, double maxStartM, double minIntervalS) {
    this.maxGapS = maxGapS;
    this.minResetDropM = minResetDropM;
    this.maxStartM = maxStartM;
    this.minIntervalS = minIntervalS;
  }

  public static LapDistanceCrossingFinder withDefaults() {
    return new LapDistanceCrossingFinder(1.0, 200.0, 150.0, 5.0);
  }

  public Crossings find(String source, long[] timeNanos, double[] distanceM) {
    TraceIssues issues = new TraceIssues();
    List<LineCrossing> out = new ArrayList<>();
    int last = -1;
    int beforeLast = -1;
    for (int i = 0; i < distanceM.length; i++) {
      if (!finite(source, timeNanos, distanceM, i, issues)) {
        continue;
      }
      if (last >= 0 && distanceM[last] - distanceM[i] >= minResetDropM) {
        LineCrossing c = reset(source, timeNanos, distanceM, beforeLast, last, i, issues);
        if (!out.isEmpty()
            && c.timeNanos() - out.get(out.size() - 1).timeNanos() < minIntervalS * 1e9) {
          issues.add(
              TraceIssue.Kind.IMPLAUSIBLE_CROSSING,
              i,
              timeNanos[i],
              at(source, i, timeNanos, "reset too soon after the previous one; ignored"));
        } else {
          out.add(c);
        }
      }
      beforeLast = last;
      last = i;
    }
    return new Crossings(LapMethod.LAP_DISTANCE_RESET, out, issues);
  }

  private LineCrossing reset(
      String source, long[] t, double[] d, int beforeLast, int last, int i, TraceIssues issues) {
    double dtS = (t[i] - t[last]) / 1e9;
    List<String> doubts = new ArrayList<>();
    if (dtS > maxGapS) {
      doubts.add(String.format("%.1f s hole in %s", dtS, source));
      issues.add(
          TraceIssue.Kind.GAP,
          i,
          t[i],
          at(source, i, t, String.format("no sample for %.2f s", dtS)));
    }
    if (d[i] > maxStartM) {
      doubts.add(String.format("%s restarted at %.0f m, not at the line", source, d[i]));
      issues.add(
          TraceIssue.Kind.IMPLAUSIBLE_CROSSING,
          i,
          t[i],
          at(source, i, t, doubts.get(doubts.size() - 1)));
    }
    double speed = slope(t, d, beforeLast, last);
    if (!(speed > 0.5)) {
      speed = i + 1 < d.length ? slope(t, d, i, i + 1) : Double.NaN;
    }
    long time = t[i];
    if (speed > 0.5) {
      time = t[i] - Math.round(Math.max(0, d[i]) / speed * 1e9);
      time = Math.max(t[last], Math.min(t[i], time));
    }
    return new LineCrossing(time, i, String.join("; ", doubts));
  }

  private static double slope(long[] t, double[] d, int a, int b) {
    if (a < 0
        || b >= d.length
        || t[b] <= t[a]
        || !Double.isFinite(d[a])
        || !Double.isFinite(d[b])) {
      return Double.NaN;
    }
    return (d[b] - d[a]) / ((t[b] - t[a]) / 1e9);
  }

  /**
   * Times at which the lap distance rises through {@code thresholdM} (a virtual line, e.g. a sector
   * boundary), linearly interpolated; only forward passes within one lap count.
   */
  public Crossings findThreshold(
      String source, long[] timeNanos, double[] distanceM, double thresholdM) {
    TraceIssues issues = new TraceIssues();
    List<LineCrossing> out = new ArrayList<>();
    int last = -1;
    for (int i = 0; i < distanceM.length; i++) {
      if (!finite(source, timeNanos, distanceM, i, issues)) {
        continue;
      }
      if (last >= 0
          && distanceM[last] < thresholdM
          && distanceM[i] >= thresholdM
          && distanceM[i] - distanceM[last] < minResetDropM) {
        double f = (thresholdM - distanceM[last]) / (distanceM[i] - distanceM[last]);
        double dtS = (timeNanos[i] - timeNanos[last]) / 1e9;
        String doubt = dtS > maxGapS ? String.format("%.1f s hole in %s", dtS, source) : "";
        out.add(
            new LineCrossing(
                timeNanos[last] + Math.round(f * (timeNanos[i] - timeNanos[last])), i, doubt));
      }
      last = i;
    }
    return new Crossings(LapMethod.LAP_DISTANCE_RESET, out, issues);
  }

  /**
   * False, with the sample counted as invalid, when distance sample {@code i} is NaN or infinite.
   */
  private static boolean finite(
      String source, long[] timeNanos, double[] distanceM, int i, TraceIssues issues) {
    if (Double.isFinite(distanceM[i])) {
      return true;
    }
    issues.add(
        TraceIssue.Kind.INVALID_VALUE, i, timeNanos[i], at(source, i, timeNanos, "not a number"));
    return false;
  }

  static String at(String source, int i, long[] t, String what) {
    return String.format("%s sample %d at %.3f s: %s", source, i, t[i] / 1e9, what);
  }
}
