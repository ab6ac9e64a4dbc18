package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The last step of a forecast: per horizon, a robust linear blend of the model's raw forecast with
 * the simple baselines and the field, {@code point = raw + b0 + b1·field + b2·(last − raw) +
 * b3·(mean of last 3 − raw) + b4·(stint mean − raw) + b5·[stint began at the race start] +
 * b6·[stint began on a used set]}, learned from out-of-sample forecasts of the training races only
 * (nested leave-one-race-out) with Huber weights, so one traffic lap does not pull the weights. The
 * model's weight over the baselines is thus what past out-of-sample error earned it. Immutable;
 * thread-safe.
 */
public final class ForecastStack {
  static final int FEATURES = 7;

  /** A stint whose first clean lap is before this race lap began at the start (full tank). */
  static final int RACE_START_LAPS = 5;

  /** A first clean lap older than this (laps) means the set was used before the stint. */
  static final double USED_SET_AGE_LAPS = 4;

  /** Huber threshold of the blend fit, seconds. */
  static final double HUBER_S = 0.5;

  /** Ridge on the blend weights (not the intercept), s^2: keeps a horizon with few laps sane. */
  static final double RIDGE = 1.0;

  private final double[][] weights;

  private ForecastStack(double[][] weights) {
    this.weights = weights;
  }

  /** The blend inputs of one forecast (seconds); index 0 is the constant 1. */
  static double[] features(List<StintLap> history, double rawS, double fieldShiftS) {
    int n = history.size();
    double last = history.get(n - 1).lapTimeS();
    double mean = 0;
    for (StintLap lap : history) {
      mean += lap.lapTimeS() / n;
    }
    StintLap first = history.get(0);
    return new double[] {
      1,
      fieldShiftS,
      last - rawS,
      StintBenchmark.lastThreeMeanS(history) - rawS,
      mean - rawS,
      first.lapNumber() < RACE_START_LAPS ? 1 : 0,
      first.tyreAgeLaps() > USED_SET_AGE_LAPS ? 1 : 0
    };
  }

  /**
   * @param rows per horizon (index h-1) rows of {features..., actual - raw}
   */
  static ForecastStack fit(List<List<double[]>> rows) {
    double[][] w = new double[rows.size()][];
    for (int h = 0; h < rows.size(); h++) {
      w[h] = huber(rows.get(h));
    }
    return new ForecastStack(w);
  }

  /** Adjustment (s) to add to the raw forecast at horizon h (1-based; beyond: the last one). */
  double adjustS(int horizon, double[] features) {
    double[] b = weights[Math.max(0, Math.min(weights.length, horizon) - 1)];
    double sum = 0;
    for (int i = 0; i < FEATURES; i++) {
      sum += b[i] * features[i];
    }
    return sum;
  }

  /** The weight of feature i at horizon h, for explanations and the report. */
  double weight(int horizon, int feature) {
    return weights[Math.max(0, Math.min(weights.length, horizon) - 1)][feature];
  }

  private static double[] huber(List<double[]> rows) {
    double[] w = new double[rows.size()];
    Arrays.fill(w, 1);
    double[] b = new double[FEATURES];
    for (int iteration = 0; iteration < 20; iteration++) {
      b = weightedLeastSquares(rows, w);
      for (int r = 0; r < rows.size(); r++) {
        double e = Math.abs(residual(rows.get(r), b));
        w[r] = e <= HUBER_S ? 1 : HUBER_S / e;
      }
    }
    return b;
  }

  static double residual(double[] row, double[] b) {
    double fit = 0;
    for (int i = 0; i < FEATURES; i++) {
      fit += b[i] * row[i];
    }
    return row[FEATURES] - fit;
  }

  private static double[] weightedLeastSquares(List<double[]> rows, double[] w) {
    double[][] xtx = new double[FEATURES][FEATURES];
    double[] xty = new double[FEATURES];
    for (int r = 0; r < rows.size(); r++) {
      double[] row = rows.get(r);
      for (int i = 0; i < FEATURES; i++) {
        xty[i] += w[r] * row[i] * row[FEATURES];
        for (int j = i; j < FEATURES; j++) {
          xtx[i][j] += w[r] * row[i] * row[j];
          xtx[j][i] = xtx[i][j];
        }
      }
    }
    RealMatrix a = new Array2DRowRealMatrix(xtx);
    for (int i = 1; i < FEATURES; i++) {
      a.addToEntry(i, i, RIDGE);
    }
    return new CholeskyDecomposition(a).getSolver().solve(new ArrayRealVector(xty)).toArray();
  }

  /** Residuals of the fitted blend on its own rows, per horizon (for the intervals). */
  List<List<Double>> residuals(List<List<double[]>> rows) {
    List<List<Double>> out = new ArrayList<>();
    for (int h = 0; h < rows.size(); h++) {
      List<Double> r = new ArrayList<>();
      for (double[] row : rows.get(h)) {
        r.add(residual(row, weights[h]));
      }
      out.add(r);
    }
    return out;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("blend weights per horizon");
    for (int h = 0; h < weights.length; h++) {
      out.append(" h").append(h + 1).append(Arrays.toString(rounded(weights[h])));
    }
    return out.toString();
  }

  private static double[] rounded(double[] values) {
    return Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).toArray();
  }
}
