package dev.pitwall.analytics.tyre.ml;

import dev.pitwall.analytics.tyre.DriftStatus;
import dev.pitwall.analytics.tyre.DriftTracker;
import java.util.List;

/**
 * Replays completed laps the model has not been trained on through it and tracks the error of every
 * lap's loss prediction with {@link DriftTracker}: the model's drift status on new data. Runs on
 * the calling thread (opens and closes its own predictor).
 */
public final class DriftCheck {
  private DriftCheck() {}

  /**
   * @param laps completed laps in time order, not in the model's training data
   * @return the status over the last {@code max(8, laps)} laps (not flagged with fewer than 8)
   */
  public static DriftStatus evaluate(TelemetryTyreModel model, List<TrainingLap> laps) {
    DriftTracker tracker = new DriftTracker(Math.max(8, laps.size()));
    if (laps.isEmpty()) {
      return tracker.status();
    }
    try (TelemetryTyrePredictor predictor = model.newPredictor()) {
      List<TyrePrediction> predictions =
          predictor.predictAll(laps.stream().map(TrainingLap::features).toList());
      for (int i = 0; i < laps.size(); i++) {
        TrainingLap lap = laps.get(i);
        tracker.record(predictions.get(i).forDriftTracking(lap.lapNumber(), 0), lap.lapTimeLossS());
      }
    }
    return tracker.status();
  }
}
