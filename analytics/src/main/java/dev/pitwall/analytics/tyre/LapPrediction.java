package dev.pitwall.analytics.tyre;

import java.util.List;

/**
 * A predicted lap: point estimate and an 80 % prediction interval (seconds), with the top
 * contributions (largest first, at most three) that explain it.
 */
public record LapPrediction(
    int horizon,
    int lapNumber,
    double tyreAgeLaps,
    double lapTimeS,
    double lowerS,
    double upperS,
    List<Contribution> topContributions) {
  public LapPrediction {
    topContributions = List.copyOf(topContributions);
  }

  /** The contributions in words, e.g. {@code tyre age +0.31 s vs lap 5; fuel -0.18 s}. */
  public String explanation() {
    return String.join("; ", topContributions.stream().map(Contribution::inWords).toList());
  }
}
