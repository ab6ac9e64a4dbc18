package dev.pitwall.analytics.tyre.ml;

import java.util.List;

/**
 * Scores the ensemble on held-out laps: MAE of loss and of wear (mean over tyres) against the naive
 * "training mean" baseline, and per output the residual standard deviation not explained by the
 * ensemble's own spread: √max(0, mean residual² − mean ensemble variance).
 */
record HeldOutCheck(
    double lossMaeS,
    double baselineLossMaeS,
    double wearMaePct,
    double baselineWearMaePct,
    double[] residualSds) {

  static HeldOutCheck of(List<TrainingLap> laps, double[][][] moments, double[] trainingMeans) {
    int outputs = EnsembleNet.OUTPUTS;
    double[] abs = new double[outputs];
    double[] baseline = new double[outputs];
    double[] sq = new double[outputs];
    double[] ensembleVar = new double[outputs];
    for (int r = 0; r < laps.size(); r++) {
      double[] t = laps.get(r).targets();
      for (int o = 0; o < outputs; o++) {
        double e = t[o] - moments[0][r][o];
        abs[o] += Math.abs(e);
        sq[o] += e * e;
        baseline[o] += Math.abs(t[o] - trainingMeans[o]);
        ensembleVar[o] += moments[1][r][o];
      }
    }
    int n = laps.size();
    double[] residualSds = new double[outputs];
    for (int o = 0; o < outputs; o++) {
      residualSds[o] = Math.sqrt(Math.max(0, (sq[o] - ensembleVar[o]) / n));
    }
    double wear = (abs[1] + abs[2] + abs[3] + abs[4]) / (4.0 * n);
    double wearBase = (baseline[1] + baseline[2] + baseline[3] + baseline[4]) / (4.0 * n);
    return new HeldOutCheck(abs[0] / n, baseline[0] / n, wear, wearBase, residualSds);
  }
}
