package dev.pitwall.analytics.tyre;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trained tyre and lap-time model: one degradation profile per compound (plus one over all
 * compounds for unknown ones), the blend with recent laps and the rest of the field learned out of
 * sample, the calibration of its intervals, and what it was trained on. Immutable; thread-safe.
 */
public record TyreModel(
    Map<String, CompoundProfile> profiles,
    CompoundProfile anyCompound,
    SlopePrior slopePrior,
    ForecastStack stack,
    ForecastCalibration calibration,
    List<String> trainingRaces,
    int trainingStints) {
  public TyreModel {
    profiles = Map.copyOf(profiles);
    trainingRaces = List.copyOf(trainingRaces);
  }

  /** The profile for a compound, or the all-compound one when this compound was not trained. */
  public CompoundProfile profile(String compound) {
    return profiles.getOrDefault(compound.toUpperCase(Locale.ROOT), anyCompound);
  }
}
