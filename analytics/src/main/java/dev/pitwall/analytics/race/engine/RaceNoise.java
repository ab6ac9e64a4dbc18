package dev.pitwall.analytics.race.engine;

import java.util.random.RandomGenerator;

/**
 * Random influences of one Monte Carlo race: lap-time variability N(0, sigma_i), start performance
 * N(mu_i, sigma_i) and the team's pit standstill drawn from a Fisk (log-logistic) distribution,
 * redrawn while above 3x its mean. Wraps one generator; confined to the simulating thread.
 *
 * @param lapSigmaS per driver (engine order), s
 * @param startMeanS per driver, s
 * @param startSigmaS per driver, s
 * @param fisk per driver {c, loc, scale, mean} of the team's standstill add-on, s
 */
public record RaceNoise(
    RandomGenerator rng,
    double[] lapSigmaS,
    double[] startMeanS,
    double[] startSigmaS,
    double[][] fisk) {

  public double lapS(int d) {
    return rng.nextGaussian() * lapSigmaS[d];
  }

  public double startS(int d) {
    return startMeanS[d] + rng.nextGaussian() * startSigmaS[d];
  }

  public double pitAddS(int d) {
    double[] f = fisk[d];
    double limit = 3 * f[3];
    while (true) {
      double u = rng.nextDouble();
      if (u <= 0.0) {
        continue;
      }
      // inverse CDF of fisk(c, loc, scale): loc + scale * (u / (1 - u))^(1/c)
      double x = f[1] + f[2] * Math.pow(u / (1.0 - u), 1.0 / f[0]);
      if (x <= limit) {
        return x;
      }
    }
  }

  /** Mean of fisk(c, loc, scale) for c > 1: loc + scale * (pi/c) / sin(pi/c). */
  public static double fiskMean(double c, double loc, double scale) {
    double b = Math.PI / c;
    return loc + scale * b / Math.sin(b);
  }
}
