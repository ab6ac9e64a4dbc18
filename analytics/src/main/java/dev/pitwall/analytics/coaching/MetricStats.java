package dev.pitwall.analytics.coaching;

/** Mean and sample standard deviation of one metric over {@code n} laps (NaN values skipped). */
public record MetricStats(double mean, double standardDeviation, int n) {

  public static MetricStats of(double[] values) {
    int n = 0;
    double mean = 0;
    double m2 = 0;
    for (double v : values) {
      if (Double.isFinite(v)) {
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
      }
    }
    if (n == 0) {
      return new MetricStats(Double.NaN, Double.NaN, 0);
    }
    return new MetricStats(mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : Double.NaN, n);
  }

  /** Standard score of a value; NaN when fewer than 3 laps or no spread. */
  public double z(double value) {
    if (n < 3 || !(standardDeviation > 0)) {
      return Double.NaN;
    }
    return (value - mean) / standardDeviation;
  }

  /** Coefficient of variation (standard deviation / mean). */
  public double coefficientOfVariation() {
    return standardDeviation / mean;
  }
}
