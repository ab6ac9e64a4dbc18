package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Predicts the next laps of a stint from its first clean laps with a trained {@link TyreModel}.
 * Stateless; thread-safe.
 */
public final class StintForecaster {
  /** Fewer history laps than this cannot separate a stint's level from its trend. */
  public static final int MIN_HISTORY_LAPS = 3;

  private final TyreModel model;

  public StintForecaster(TyreModel model) {
    this.model = model;
  }

  /**
   * @param history the clean laps so far, in lap order (at least {@link #MIN_HISTORY_LAPS})
   * @param targets laps to predict, horizon 1 first
   * @throws IllegalArgumentException with a one-line reason when there is not enough data
   */
  public List<LapPrediction> forecast(
      String compound, List<StintLap> history, List<TargetLap> targets) {
    if (history.size() < MIN_HISTORY_LAPS) {
      throw new IllegalArgumentException(
          "not enough data: " + history.size() + " clean laps, need " + MIN_HISTORY_LAPS);
    }
    CompoundProfile profile = model.profile(compound);
    StintLevelFit fit = StintLevelFit.fit(history, profile, model.slopePrior());
    StintLap last = history.get(history.size() - 1);
    List<LapPrediction> out = new ArrayList<>(targets.size());
    for (int h = 1; h <= targets.size(); h++) {
      out.add(predict(profile, fit, last, targets.get(h - 1), h));
    }
    return List.copyOf(out);
  }

  private LapPrediction predict(
      CompoundProfile profile, StintLevelFit fit, StintLap last, TargetLap target, int h) {
    ForecastCalibration cal = model.calibration();
    double raw = raw(profile, fit, target);
    double point = raw + cal.biasS(h);
    String vsLast = "vs lap " + last.lapNumber();
    double modelAtLast =
        fit.at(last.lapNumber())
            + StintLevelFit.drift(profile, last.lapNumber(), last.tyreAgeLaps());
    List<Contribution> parts = new ArrayList<>();
    parts.add(
        new Contribution(
            "tyre age", profile.deltaS(last.tyreAgeLaps(), target.tyreAgeLaps()), vsLast));
    parts.add(
        new Contribution("fuel", FuelCorrection.deltaS(last.lapNumber(), target.lapNumber()), ""));
    parts.add(
        new Contribution(
            "this stint's own trend",
            fit.slopeSPerLap() * (target.lapNumber() - last.lapNumber()),
            "vs the " + averageName(profile) + " average"));
    parts.add(
        new Contribution(
            "stint pace level",
            modelAtLast - last.lapTimeS(),
            "vs lap " + last.lapNumber() + " time"));
    parts.add(new Contribution("calibration bias", cal.biasS(h), "from training races"));
    parts.sort(Comparator.comparingDouble((Contribution c) -> Math.abs(c.seconds())).reversed());
    return new LapPrediction(
        h,
        target.lapNumber(),
        target.tyreAgeLaps(),
        point,
        point + cal.lowerOffsetS(h),
        point + cal.upperOffsetS(h),
        parts.subList(0, 3));
  }

  private static String averageName(CompoundProfile profile) {
    return profile.compound().equals(TyreModelTrainer.ANY)
        ? "all-compound"
        : profile.compound().toLowerCase(Locale.ROOT);
  }

  /** Prediction before calibration (s). */
  static double raw(CompoundProfile profile, StintLevelFit fit, TargetLap target) {
    return fit.at(target.lapNumber())
        + StintLevelFit.drift(profile, target.lapNumber(), target.tyreAgeLaps());
  }
}
