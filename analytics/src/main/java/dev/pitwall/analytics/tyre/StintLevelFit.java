package dev.pitwall.analytics.tyre;

import java.util.List;

/**
 * The stint's own level and trend on top of the pooled profile: residuals (lap time minus fuel and
 * tyre-profile drift) are fitted with a level and a slope, weighting recent laps more,
 * down-weighting outliers (traffic, a mistake) with Huber weights and shrinking the slope towards
 * the pooled profile (empirical-Bayes {@link SlopePrior} from training stints). Immutable.
 */
record StintLevelFit(double levelS, double slopeSPerLap, double meanLap) {
  static final double HUBER_S = 0.3;

  static StintLevelFit fit(List<StintLap> history, CompoundProfile profile, SlopePrior prior) {
    int n = history.size();
    double[] x = new double[n];
    double[] r = new double[n];
    double[] base = new double[n];
    for (int i = 0; i < n; i++) {
      StintLap lap = history.get(i);
      x[i] = lap.lapNumber();
      r[i] = lap.lapTimeS() - drift(profile, lap.lapNumber(), lap.tyreAgeLaps());
      base[i] = 0.2 + 0.4 * i * 4.0 / Math.max(1, n - 1);
    }
    double[] w = base.clone();
    StintLevelFit fit = null;
    for (int iteration = 0; iteration < 5; iteration++) {
      fit = weighted(x, r, w, prior.lapNoiseVar() / prior.slopeVar());
      for (int i = 0; i < n; i++) {
        double res = Math.abs(r[i] - fit.at(x[i]));
        w[i] = base[i] * Math.min(1.0, HUBER_S / Math.max(res, 1e-9));
      }
    }
    return fit;
  }

  private static StintLevelFit weighted(double[] x, double[] r, double[] w, double penalty) {
    double sw = 0;
    double sx = 0;
    double sr = 0;
    for (int i = 0; i < x.length; i++) {
      sw += w[i];
      sx += w[i] * x[i];
      sr += w[i] * r[i];
    }
    double xm = sx / sw;
    double level = sr / sw;
    double sxx = 0;
    double sxr = 0;
    for (int i = 0; i < x.length; i++) {
      sxx += w[i] * (x[i] - xm) * (x[i] - xm);
      sxr += w[i] * (x[i] - xm) * (r[i] - level);
    }
    double slope = sxr / (sxx + penalty);
    return new StintLevelFit(level, slope, xm);
  }

  /** Residual level (s) at race lap {@code lap}. */
  double at(double lap) {
    return levelS + slopeSPerLap * (lap - meanLap);
  }

  /** Fuel plus tyre-profile drift at a lap, seconds, up to a constant. */
  static double drift(CompoundProfile profile, int lapNumber, double ageLaps) {
    return profile.value(ageLaps) + FuelCorrection.deltaS(0, lapNumber);
  }
}
