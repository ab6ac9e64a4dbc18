package dev.pitwall.analytics.tyre;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Tracks the prediction error on every completed lap and flags a model that drifts: over the last
 * {@code window} laps, a mean error larger than both {@link #MIN_SHIFT_S} and two standard errors,
 * or an 80 % interval that covers fewer than half of the laps. Not thread-safe: confine to the
 * thread that receives completed laps (e.g. the strategy worker).
 */
public final class DriftTracker {
  static final double MIN_SHIFT_S = 0.2;
  static final int MIN_LAPS = 8;

  private final int window;
  private final Deque<double[]> recent = new ArrayDeque<>();

  public DriftTracker(int window) {
    if (window < MIN_LAPS) {
      throw new IllegalArgumentException("drift window must be >= " + MIN_LAPS + " laps");
    }
    this.window = window;
  }

  /** A completed lap that had a prediction; non-finite values are ignored (never averaged). */
  public void record(LapPrediction prediction, double actualS) {
    if (!Double.isFinite(actualS) || !Double.isFinite(prediction.lapTimeS())) {
      return;
    }
    boolean inside = actualS >= prediction.lowerS() && actualS <= prediction.upperS();
    recent.addLast(new double[] {actualS - prediction.lapTimeS(), inside ? 1 : 0});
    if (recent.size() > window) {
      recent.removeFirst();
    }
  }

  public DriftStatus status() {
    int n = recent.size();
    if (n == 0) {
      return new DriftStatus(0, Double.NaN, Double.NaN, Double.NaN, false, "");
    }
    double sum = 0;
    double abs = 0;
    double hits = 0;
    for (double[] e : recent) {
      sum += e[0];
      abs += Math.abs(e[0]);
      hits += e[1];
    }
    double mean = sum / n;
    double ss = 0;
    for (double[] e : recent) {
      ss += (e[0] - mean) * (e[0] - mean);
    }
    double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.POSITIVE_INFINITY;
    double coverage = hits / n;
    String reason = reason(n, mean, se, coverage);
    return new DriftStatus(n, mean, abs / n, coverage, !reason.isEmpty(), reason);
  }

  private static String reason(int n, double mean, double se, double coverage) {
    if (n < MIN_LAPS) {
      return "";
    }
    if (Math.abs(mean) > MIN_SHIFT_S && Math.abs(mean) > 2 * se) {
      return String.format(
          Locale.ROOT, "laps run %+.2f s vs predicted over the last %d laps", mean, n);
    }
    if (coverage < 0.5) {
      return String.format(
          Locale.ROOT,
          "80 %% interval covered only %.0f %% of the last %d laps",
          100 * coverage,
          n);
    }
    return "";
  }
}
