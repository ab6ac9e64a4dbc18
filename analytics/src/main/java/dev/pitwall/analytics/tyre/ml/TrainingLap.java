package dev.pitwall.analytics.tyre.ml;

/**
 * One completed lap to learn from.
 *
 * @param sessionId the session it came from (for the model's training data range)
 * @param lapNumber lap number within the session
 * @param features the lap's telemetry features
 * @param lapTimeLossS lap time minus the stint's reference pace, seconds (positive = slower)
 * @param wearPct tyre wear over the lap, percentage points, FL, FR, RL, RR
 */
public record TrainingLap(
    String sessionId, int lapNumber, LapFeatures features, double lapTimeLossS, double[] wearPct) {
  public TrainingLap {
    if (wearPct.length != 4) {
      throw new IllegalArgumentException("training lap " + lapNumber + ": need 4 wear values");
    }
    wearPct = wearPct.clone();
    if (!Double.isFinite(lapTimeLossS)) {
      throw new IllegalArgumentException(
          "training lap " + lapNumber + ": lap-time loss not finite");
    }
  }

  @Override
  public double[] wearPct() {
    return wearPct.clone();
  }

  /** The five targets in model order: loss, wear FL, FR, RL, RR. */
  double[] targets() {
    return new double[] {lapTimeLossS, wearPct[0], wearPct[1], wearPct[2], wearPct[3]};
  }
}
