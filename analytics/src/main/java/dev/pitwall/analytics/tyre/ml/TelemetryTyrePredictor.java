package dev.pitwall.analytics.tyre.ml;

import dev.pitwall.analytics.tyre.Contribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Predicts with a {@link TelemetryTyreModel}. Not thread-safe: one per thread (DJL's rule for
 * {@code Predictor}); close it to free its native resources.
 *
 * <p>Inference runs the ensemble fused into three wide layers ({@link FusedEnsemble}): five native
 * ops per call, whatever the number of members or rows.
 *
 * <p>Interval: the ensemble mean ± z₀.₈ × √(ensemble variance + held-out residual variance).
 * Explanation (occlusion): each numeric feature in turn is set to its stint average; the change in
 * predicted loss is that feature's contribution. All rows go through the network in one batch.
 */
public final class TelemetryTyrePredictor implements AutoCloseable {
  private final FusedEnsemble call;
  private final TelemetryTyreModel.Scaling scaling;

  TelemetryTyrePredictor(FusedEnsemble call, TelemetryTyreModel.Scaling scaling) {
    this.call = call;
    this.scaling = scaling;
  }

  /** Prediction for one lap, explained against the stint average of the same stint. */
  public TyrePrediction predict(LapFeatures lap, LapFeatures stintAverage) {
    List<NumericFeature> features = FeatureSchema.NUMERIC;
    List<LapFeatures> rows = new ArrayList<>(features.size() + 1);
    rows.add(lap);
    for (NumericFeature f : features) {
      rows.add(lap.with(f, stintAverage.value(f)));
    }
    double[][][] m = moments(run(rows), scaling);
    List<Contribution> contributions = new ArrayList<>();
    for (NumericFeature f : features) {
      double delta = m[0][0][0] - m[0][f.ordinal() + 1][0];
      if (lap.value(f) != stintAverage.value(f)) {
        contributions.add(
            new Contribution(f.describe(lap.value(f), stintAverage.value(f)), delta, ""));
      }
    }
    contributions.sort(
        Comparator.comparingDouble((Contribution c) -> Math.abs(c.seconds())).reversed());
    return prediction(m, 0, contributions.subList(0, Math.min(3, contributions.size())));
  }

  /** Predictions for many laps in one batch, without explanations. */
  public List<TyrePrediction> predictAll(List<LapFeatures> laps) {
    if (laps.isEmpty()) {
      return List.of();
    }
    double[][][] m = moments(run(laps), scaling);
    List<TyrePrediction> out = new ArrayList<>(laps.size());
    for (int r = 0; r < laps.size(); r++) {
      out.add(prediction(m, r, List.of()));
    }
    return out;
  }

  private TyrePrediction prediction(double[][][] m, int row, List<Contribution> top) {
    List<Estimate> estimates = new ArrayList<>(EnsembleNet.OUTPUTS);
    for (int o = 0; o < EnsembleNet.OUTPUTS; o++) {
      double residual = scaling.residualSds()[o];
      double half = TelemetryTyreModel.Z80 * Math.sqrt(m[1][row][o] + residual * residual);
      estimates.add(new Estimate(m[0][row][o], m[0][row][o] - half, m[0][row][o] + half));
    }
    return new TyrePrediction(estimates.get(0), estimates.subList(1, 5), top);
  }

  private float[][] run(List<LapFeatures> laps) {
    FeatureSchema schema = scaling.schema();
    float[][] rows = new float[laps.size()][schema.width()];
    for (int r = 0; r < rows.length; r++) {
      schema.encode(laps.get(r), rows[r], 0);
    }
    return call.run(rows);
  }

  /**
   * Per row and output, in target units: {@code [0]} = ensemble mean, {@code [1]} = ensemble
   * variance (between members).
   */
  static double[][][] moments(float[][] raw, TelemetryTyreModel.Scaling scaling) {
    int members = scaling.members();
    int outputs = EnsembleNet.OUTPUTS;
    double[][][] m = new double[2][raw.length][outputs];
    for (int r = 0; r < raw.length; r++) {
      for (int o = 0; o < outputs; o++) {
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < members; k++) {
          double v = raw[r][k * outputs + o] * scaling.targetSds()[o] + scaling.targetMeans()[o];
          sum += v;
          sumSq += v * v;
        }
        double mean = sum / members;
        m[0][r][o] = mean;
        m[1][r][o] = members > 1 ? Math.max(0, (sumSq - members * mean * mean) / (members - 1)) : 0;
      }
    }
    return m;
  }

  @Override
  public void close() {
    call.close();
  }
}
