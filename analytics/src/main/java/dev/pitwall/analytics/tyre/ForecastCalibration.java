package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-horizon bias correction and 80 % interval half-widths learned from out-of-sample residuals
 * (actual minus raw prediction, seconds) of training races only. Immutable; thread-safe.
 */
public final class ForecastCalibration {
  static final double LOWER_QUANTILE = 0.10;
  static final double UPPER_QUANTILE = 0.90;
  private static final int MIN_PER_HORIZON = 30;

  private final double[] biasS;
  private final double[] lowerS;
  private final double[] upperS;
  private final int residualCount;

  private ForecastCalibration(double[] biasS, double[] lowerS, double[] upperS, int count) {
    this.biasS = biasS;
    this.lowerS = lowerS;
    this.upperS = upperS;
    this.residualCount = count;
  }

  /**
   * @param residualsByHorizon index h-1 holds residuals of horizon h; a horizon with too few
   *     residuals borrows those of all horizons
   */
  static ForecastCalibration fromResiduals(List<List<Double>> residualsByHorizon) {
    return of(residualsByHorizon, true);
  }

  /**
   * Intervals only, no bias correction: for residuals of a point forecast that is already a fitted
   * (robust) blend, whose centre is its own choice.
   */
  static ForecastCalibration intervalsOnly(List<List<Double>> residualsByHorizon) {
    return of(residualsByHorizon, false);
  }

  private static ForecastCalibration of(List<List<Double>> residualsByHorizon, boolean centre) {
    int horizons = residualsByHorizon.size();
    List<Double> all = new ArrayList<>();
    residualsByHorizon.forEach(all::addAll);
    if (all.size() < 10) {
      throw new IllegalArgumentException(
          "not enough out-of-sample laps to calibrate intervals (" + all.size() + " < 10)");
    }
    double[] bias = new double[horizons];
    double[] lower = new double[horizons];
    double[] upper = new double[horizons];
    for (int h = 0; h < horizons; h++) {
      List<Double> own = residualsByHorizon.get(h);
      double[] r =
          (own.size() >= MIN_PER_HORIZON ? own : all).stream().mapToDouble(d -> d).toArray();
      bias[h] = centre ? Arrays.stream(r).average().orElse(0) : 0;
      for (int i = 0; i < r.length; i++) {
        r[i] -= bias[h];
      }
      Arrays.sort(r);
      lower[h] = quantile(r, LOWER_QUANTILE);
      upper[h] = quantile(r, UPPER_QUANTILE);
    }
    return new ForecastCalibration(bias, lower, upper, all.size());
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(sorted.length - 1, i + 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }

  int horizons() {
    return biasS.length;
  }

  /** Bias correction (s) for horizon h (1-based); beyond the calibrated range the last one. */
  double biasS(int horizon) {
    return biasS[index(horizon)];
  }

  double lowerOffsetS(int horizon) {
    return lowerS[index(horizon)];
  }

  double upperOffsetS(int horizon) {
    return upperS[index(horizon)];
  }

  public int residualCount() {
    return residualCount;
  }

  private int index(int horizon) {
    return Math.max(0, Math.min(biasS.length - 1, horizon - 1));
  }
}
