package dev.pitwall.analytics.tyre.ml;

import dev.pitwall.analytics.tyre.Contribution;
import dev.pitwall.analytics.tyre.LapPrediction;
import java.util.List;

/**
 * The model's prediction for one lap: lap-time loss (seconds) and wear per tyre (percentage points,
 * FL, FR, RL, RR), each with an 80 % interval, and the top three feature contributions to the loss
 * against the stint average.
 */
public record TyrePrediction(
    Estimate lapTimeLossS, List<Estimate> wearPct, List<Contribution> topContributions) {
  public TyrePrediction {
    wearPct = List.copyOf(wearPct);
    topContributions = List.copyOf(topContributions);
  }

  /** E.g. {@code rear-left energy +18 % vs stint average +0.12 s; fuel ...}. */
  public String explanation() {
    return String.join("; ", topContributions.stream().map(Contribution::inWords).toList());
  }

  /**
   * The loss prediction in the form {@link dev.pitwall.analytics.tyre.DriftTracker} records; pass
   * the actual loss of the completed lap to {@code DriftTracker.record} alongside.
   */
  public LapPrediction forDriftTracking(int lapNumber, double tyreAgeLaps) {
    return new LapPrediction(
        1,
        lapNumber,
        tyreAgeLaps,
        lapTimeLossS.value(),
        lapTimeLossS.lower80(),
        lapTimeLossS.upper80(),
        topContributions);
  }
}
