package dev.pitwall.analytics.tyre.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * How {@link LapFeatures} become the model's input vector: the numeric features standardised with
 * the training means and standard deviations, then one-hot compound and track (over those seen in
 * training; an unseen one is all zeros). Immutable; thread-safe.
 */
public record FeatureSchema(
    List<String> compounds, List<String> tracks, double[] means, double[] stdDevs) {
  /** The numeric features, in input order. */
  public static final List<NumericFeature> NUMERIC = List.of(NumericFeature.values());

  public FeatureSchema {
    compounds = List.copyOf(compounds);
    tracks = List.copyOf(tracks);
    means = means.clone();
    stdDevs = stdDevs.clone();
  }

  /** Fits the standardisation to the training laps. */
  static FeatureSchema fit(List<LapFeatures> laps) {
    int n = NUMERIC.size();
    double[] mean = new double[n];
    double[] sd = new double[n];
    for (LapFeatures lap : laps) {
      for (int i = 0; i < n; i++) {
        mean[i] += lap.numeric()[i] / laps.size();
      }
    }
    for (LapFeatures lap : laps) {
      for (int i = 0; i < n; i++) {
        double d = lap.numeric()[i] - mean[i];
        sd[i] += d * d / laps.size();
      }
    }
    for (int i = 0; i < n; i++) {
      sd[i] = Math.max(Math.sqrt(sd[i]), 1e-6);
    }
    List<String> compounds =
        laps.stream().map(l -> l.compound().toUpperCase(Locale.ROOT)).distinct().sorted().toList();
    List<String> tracks = laps.stream().map(LapFeatures::track).distinct().sorted().toList();
    return new FeatureSchema(compounds, tracks, mean, sd);
  }

  public int width() {
    return NUMERIC.size() + compounds.size() + tracks.size();
  }

  /** Writes the model input for one lap into {@code row} at {@code offset}. */
  void encode(LapFeatures lap, float[] row, int offset) {
    double[] values = lap.numeric();
    for (int i = 0; i < values.length; i++) {
      row[offset + i] = (float) ((values[i] - means[i]) / stdDevs[i]);
    }
    int c = compounds.indexOf(lap.compound().toUpperCase(Locale.ROOT));
    int t = tracks.indexOf(lap.track());
    int base = offset + values.length;
    Arrays.fill(row, base, base + compounds.size() + tracks.size(), 0f);
    if (c >= 0) {
      row[base + c] = 1f;
    }
    if (t >= 0) {
      row[base + compounds.size() + t] = 1f;
    }
  }

  void store(Properties p) {
    p.setProperty("schema.numeric", String.join(",", NUMERIC.stream().map(Enum::name).toList()));
    p.setProperty("schema.compounds", String.join(",", compounds));
    p.setProperty("schema.tracks", String.join("\u001f", tracks));
    p.setProperty("schema.means", ModelFiles.join(means));
    p.setProperty("schema.stdDevs", ModelFiles.join(stdDevs));
  }

  static FeatureSchema load(Properties p) {
    String numeric = String.join(",", NUMERIC.stream().map(Enum::name).toList());
    if (!numeric.equals(p.getProperty("schema.numeric"))) {
      throw new IllegalArgumentException(
          "model feature schema " + p.getProperty("schema.numeric") + " differs from " + numeric);
    }
    return new FeatureSchema(
        ModelFiles.split(p.getProperty("schema.compounds", ""), ","),
        ModelFiles.split(p.getProperty("schema.tracks", ""), "\u001f"),
        ModelFiles.doubles(p, "schema.means"),
        ModelFiles.doubles(p, "schema.stdDevs"));
  }
}
