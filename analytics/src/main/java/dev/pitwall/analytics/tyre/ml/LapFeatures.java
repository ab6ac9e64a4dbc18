package dev.pitwall.analytics.tyre.ml;

import java.util.List;
import java.util.Objects;

/**
 * Telemetry energy features of one lap (see {@link LapEnergyExtractor}); the numeric values are in
 * the order of {@link FeatureSchema#NUMERIC}. Immutable; thread-safe.
 *
 * @param numeric the numeric features, copied; units as named in the schema
 * @param compound tyre compound, e.g. {@code SOFT}
 * @param track track name as in the track catalogue
 */
public record LapFeatures(double[] numeric, String compound, String track) {
  public LapFeatures {
    numeric = numeric.clone();
    if (numeric.length != FeatureSchema.NUMERIC.size()) {
      throw new IllegalArgumentException(
          "lap features: "
              + numeric.length
              + " values, schema has "
              + FeatureSchema.NUMERIC.size());
    }
    for (int i = 0; i < numeric.length; i++) {
      if (!Double.isFinite(numeric[i])) {
        throw new IllegalArgumentException(
            "lap features: " + FeatureSchema.NUMERIC.get(i).name() + " is " + numeric[i]);
      }
    }
    Objects.requireNonNull(compound, "compound");
    Objects.requireNonNull(track, "track");
  }

  @Override
  public double[] numeric() {
    return numeric.clone();
  }

  /** The value of one numeric feature. */
  public double value(NumericFeature feature) {
    return numeric[feature.ordinal()];
  }

  /** This lap with one numeric feature replaced (for occlusion explanations and tests). */
  public LapFeatures with(NumericFeature feature, double value) {
    double[] copy = numeric.clone();
    copy[feature.ordinal()] = value;
    return new LapFeatures(copy, compound, track);
  }

  /** Mean of the numeric features of a stint's laps; compound and track of the last lap. */
  public static LapFeatures average(List<LapFeatures> laps) {
    if (laps.isEmpty()) {
      throw new IllegalArgumentException("stint average of no laps");
    }
    double[] sum = new double[FeatureSchema.NUMERIC.size()];
    for (LapFeatures lap : laps) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += lap.numeric[i];
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= laps.size();
    }
    LapFeatures last = laps.get(laps.size() - 1);
    return new LapFeatures(sum, last.compound, last.track);
  }
}
