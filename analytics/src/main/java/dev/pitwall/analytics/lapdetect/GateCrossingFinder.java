package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds forward crossings of a {@link GateLine} by consecutive position fixes, interpolated
 * linearly between the two fixes to sub-sample time.
 *
 * <p>Bad GPS is handled like this: invalid fixes (NaN, (0,0), out of range) are skipped and
 * counted; a fix that implies a speed above {@code maxSpeedMps} from the last good fix is a jump
 * and is skipped (an outlier then costs one fix, a permanent shift is accepted once the elapsed
 * time makes it plausible again); a time gap above {@code maxGapS} between good fixes is a dropout
 * — a crossing inside it is still reported but marked uncertain, so the laps it bounds are flagged,
 * never silently timed. Crossings closer than {@code minIntervalS} to the previous one are jitter
 * and ignored.
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
public final class GateCrossingFinder {
  /**
   * Loggers deliver GPS fixes in batches stamped with one time (the GR Cup ECU stamps several fixes
   * 2–9 m apart with the same millisecond), so speed is only judged over at least this window.
   */
  static final double MIN_JUMP_WINDOW_S = 0.25;

  private final double maxGapS;
  private final double maxSpeedMps;
  private final double minIntervalS;

  public GateCrossingFinder(double maxGapS, double maxSpeedMps, double minIntervalS) {
    this.maxGapS = maxGapS;
    this.maxSpeedMps = maxSpeedMps;
    this.minIntervalS = minIntervalS;
  }

  /** 1 s gap, 110 m/s (~400 km/h), 5 s between crossings. */
  public static GateCrossingFinder withDefaults() {
    return new GateCrossingFinder(1.0, 110.0, 5.0);
  }

  public Crossings find(PositionTrace trace, GateLine gate) {
    TraceIssues issues = new TraceIssues();
    List<LineCrossing> out = new ArrayList<>();
    int last = -1;
    long lastCrossing = 0;
    for (int i = 0; i < trace.size(); i++) {
      if (!trace.isValid(i)) {
        issues.add(
            TraceIssue.Kind.INVALID_VALUE,
            i,
            trace.timeNanos(i),
            describe(trace, i, "no valid fix"));
        continue;
      }
      if (last < 0) {
        last = i;
        continue;
      }
      double dtS = (trace.timeNanos(i) - trace.timeNanos(last)) / 1e9;
      double dx = trace.xM(i) - trace.xM(last);
      double dy = trace.yM(i) - trace.yM(last);
      // sqrt, not Math.hypot: hypot's overflow care costs ~10× and fixes are metres apart
      double distM = Math.sqrt(dx * dx + dy * dy);
      if (distM > maxSpeedMps * Math.max(dtS, MIN_JUMP_WINDOW_S)) {
        issues.add(
            TraceIssue.Kind.JUMP,
            i,
            trace.timeNanos(i),
            describe(
                trace,
                i,
                String.format("position jumps %.0f m in %.3f s; fix skipped", distM, dtS)));
        continue;
      }
      String uncertainty = "";
      if (dtS > maxGapS) {
        uncertainty = String.format("%.1f s dropout in %s", dtS, trace.source());
        issues.add(
            TraceIssue.Kind.GAP,
            i,
            // reported at the last good fix so that the lap in which the hole starts carries it
            trace.timeNanos(last),
            describe(trace, last, String.format("no fix for the next %.2f s", dtS)));
      }
      LineCrossing crossing = crossing(trace, gate, last, i, uncertainty);
      if (crossing != null
          && (out.isEmpty() || crossing.timeNanos() - lastCrossing >= minIntervalS * 1e9)) {
        out.add(crossing);
        lastCrossing = crossing.timeNanos();
      }
      last = i;
    }
    return new Crossings(LapMethod.GPS_LINE, out, issues);
  }

  private static LineCrossing crossing(
      PositionTrace trace, GateLine gate, int from, int to, String uncertainty) {
    double t = gate.crossingFraction(trace.xM(from), trace.yM(from), trace.xM(to), trace.yM(to));
    if (Double.isNaN(t)) {
      return null;
    }
    long t0 = trace.timeNanos(from);
    long time = t0 + Math.round(t * (trace.timeNanos(to) - t0));
    return new LineCrossing(time, to, uncertainty);
  }

  static String describe(PositionTrace trace, int i, String what) {
    return String.format(
        "%s sample %d at %.3f s: %s", trace.source(), i, trace.timeNanos(i) / 1e9, what);
  }
}
