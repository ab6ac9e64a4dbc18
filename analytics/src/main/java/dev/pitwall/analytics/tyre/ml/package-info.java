/**
 * Telemetry tyre model (issue 5, part 2, ADR 0121): a DJL/PyTorch ensemble of small MLPs that
 * learns lap-time loss and per-tyre wear from per-lap energy features.
 *
 * <p>Flow: {@link dev.pitwall.analytics.tyre.ml.LapEnergyExtractor} turns a lap's telemetry (arrays
 * or {@code SampleBlock}s) into {@link dev.pitwall.analytics.tyre.ml.LapFeatures}; {@link
 * dev.pitwall.analytics.tyre.ml.TelemetryTyreTrainer} trains a versioned {@link
 * dev.pitwall.analytics.tyre.ml.TelemetryTyreModel} from {@link
 * dev.pitwall.analytics.tyre.ml.TrainingLap}s (background thread); each predicting thread opens its
 * own {@link dev.pitwall.analytics.tyre.ml.TelemetryTyrePredictor}. Predictions carry 80 %
 * intervals and the top three occlusion contributions; completed laps go to {@code
 * analytics.tyre.DriftTracker} via {@code TyrePrediction.forDriftTracking}.
 *
 * <p>No DJL type appears in a public signature. Native memory: per-call inputs live in DJL's
 * per-call manager, training data in a sub-manager closed after training, the model closes its
 * parameters in {@code close()}.
 */
package dev.pitwall.analytics.tyre.ml;
