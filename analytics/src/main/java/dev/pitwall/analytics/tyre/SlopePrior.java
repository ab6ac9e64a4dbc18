package dev.pitwall.analytics.tyre;

import java.util.Arrays;
import java.util.List;

/**
 * Empirical-Bayes prior for a stint's own lap-time trend around its compound profile, estimated
 * from training stints: {@code slopeVar} = robust (MAD) variance of whole-stint slope deviations
 * ((s/lap)^2), {@code lapNoiseVar} = median per-stint residual variance (s^2). Immutable.
 */
public record SlopePrior(double lapNoiseVar, double slopeVar) {
  static final SlopePrior DEFAULT = new SlopePrior(0.1, 0.003);
  private static final int MIN_STINT_LAPS = 10;
  private static final int MIN_STINTS = 8;

  static SlopePrior estimate(
      List<Stint> stints, java.util.function.Function<String, CompoundProfile> profiles) {
    List<double[]> fits =
        stints.stream()
            .filter(s -> s.laps().size() >= MIN_STINT_LAPS)
            .map(s -> slopeAndNoise(s, profiles.apply(s.compound())))
            .toList();
    if (fits.size() < MIN_STINTS) {
      return DEFAULT;
    }
    double[] slopes = fits.stream().mapToDouble(f -> f[0]).toArray();
    double[] noise = fits.stream().mapToDouble(f -> f[1]).toArray();
    double med = median(slopes);
    double[] dev = Arrays.stream(slopes).map(s -> Math.abs(s - med)).toArray();
    double mad = 1.4826 * median(dev);
    return new SlopePrior(Math.max(1e-3, median(noise)), Math.max(1e-5, mad * mad));
  }

  /** OLS slope of (lap time - profile drift) on lap number, and its residual variance. */
  private static double[] slopeAndNoise(Stint s, CompoundProfile profile) {
    int n = s.laps().size();
    double[] x = new double[n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      StintLap lap = s.laps().get(i);
      x[i] = lap.lapNumber();
      r[i] = lap.lapTimeS() - StintLevelFit.drift(profile, lap.lapNumber(), lap.tyreAgeLaps());
    }
    double xm = Arrays.stream(x).average().orElse(0);
    double rm = Arrays.stream(r).average().orElse(0);
    double sxx = 0;
    double sxr = 0;
    for (int i = 0; i < n; i++) {
      sxx += (x[i] - xm) * (x[i] - xm);
      sxr += (x[i] - xm) * (r[i] - rm);
    }
    double b = sxx > 0 ? sxr / sxx : 0;
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double e = r[i] - rm - b * (x[i] - xm);
      ss += e * e;
    }
    return new double[] {b, ss / (n - 2)};
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
