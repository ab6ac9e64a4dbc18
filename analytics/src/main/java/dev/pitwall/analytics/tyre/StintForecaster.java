package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Predicts the next laps of a stint from its first clean laps with a trained {@link TyreModel},
 * optionally using the laps the rest of the field has completed in the same race. Stateless;
 * thread-safe.
 */
public final class StintForecaster {
  /** Fewer history laps than this cannot separate a stint's level from its trend. */
  public static final int MIN_HISTORY_LAPS = 3;

  /** History laps of each window of another car's stint scored for the field residuals. */
  static final int FIELD_WINDOW_LAPS = 5;

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
    return forecast(compound, history, targets, List.of());
  }

  /**
   * As {@link #forecast(String, List, List)}, also using the other cars' stints of the same race.
   * Only their laps that ended (session time) no later than the last history lap count, so passing
   * whole stints of a finished race never leaks the future; with unknown end times the field is
   * ignored.
   *
   * @param field the other stints of this race (any length; the own stint is ignored if present)
   */
  public List<LapPrediction> forecast(
      String compound, List<StintLap> history, List<TargetLap> targets, List<Stint> field) {
    if (history.size() < MIN_HISTORY_LAPS) {
      throw new IllegalArgumentException(
          "not enough data: " + history.size() + " clean laps, need " + MIN_HISTORY_LAPS);
    }
    CompoundProfile profile = model.profile(compound);
    StintLap last = history.get(history.size() - 1);
    StintLevelFit fit = StintLevelFit.fit(history, profile, model.slopePrior());
    double[][] sums = fieldSums(field, last.endTimeS(), targets.size());
    List<LapPrediction> out = new ArrayList<>(targets.size());
    for (int h = 1; h <= targets.size(); h++) {
      out.add(predict(profile, fit, history, targets.get(h - 1), h, sums));
    }
    return List.copyOf(out);
  }

  private double[][] fieldSums(List<Stint> field, double timeS, int horizon) {
    if (field.isEmpty() || horizon == 0 || !Double.isFinite(timeS)) {
      return new double[2][Math.max(1, horizon)];
    }
    return FieldResiduals.of(
            field, FIELD_WINDOW_LAPS, horizon, model::profile, model.slopePrior(), timeS)
        .before(timeS, null, horizon);
  }

  private LapPrediction predict(
      CompoundProfile profile,
      StintLevelFit fit,
      List<StintLap> history,
      TargetLap target,
      int h,
      double[][] fieldSums) {
    ForecastCalibration cal = model.calibration();
    ForecastStack stack = model.stack();
    StintLap last = history.get(history.size() - 1);
    double raw = raw(profile, fit, target);
    double[] features = ForecastStack.features(history, raw, FieldResiduals.shiftS(fieldSums, h));
    double adjust = stack.adjustS(h, features);
    double fieldPart = stack.weight(h, 1) * features[1];
    double point = raw + adjust + cal.biasS(h);
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
    parts.add(
        new Contribution(
            "rest of the field this race",
            fieldPart,
            "from "
                + (int) fieldSums[1][Math.min(h, fieldSums[1].length) - 1]
                + " laps of other cars"));
    parts.add(
        new Contribution(
            "blend with recent laps", adjust - fieldPart, "learned from training races"));
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

  /** Prediction before the blend (s): the stint's level and trend plus fuel and tyre drift. */
  static double raw(CompoundProfile profile, StintLevelFit fit, TargetLap target) {
    return fit.at(target.lapNumber())
        + StintLevelFit.drift(profile, target.lapNumber(), target.tyreAgeLaps());
  }
}
