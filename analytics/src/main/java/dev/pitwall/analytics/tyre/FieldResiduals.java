package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * How far off the model has been in this race so far: every run of {@code k} consecutive clean laps
 * of another stint is a forecast of its next laps, and each of those laps that is already completed
 * gives a residual (actual minus raw forecast, seconds) at its horizon. Their mean, shrunk towards
 * 0 by a prior worth {@link #PRIOR_LAPS} laps, is an input of the forecast blend ({@link
 * ForecastStack}): it carries what the field's laps say about track evolution, temperature and this
 * race's tyre behaviour. Immutable once built.
 */
final class FieldResiduals {
  /** Weight of "no shift" in the field's mean residual, in laps (a design constant). */
  static final double PRIOR_LAPS = 50;

  /** One residual: available once the lap ended at {@code timeS} (session seconds). */
  record Event(Stint stint, double timeS, int horizon, double residualS) {}

  private final List<Event> events;

  private FieldResiduals(List<Event> events) {
    this.events = List.copyOf(events);
  }

  /**
   * Residual events of every window of {@code stints} (laps with unknown end time give none).
   *
   * @param k history laps per window; horizon = laps scored after each window
   */
  static FieldResiduals of(
      List<Stint> stints,
      int k,
      int horizon,
      Function<String, CompoundProfile> profiles,
      SlopePrior prior) {
    return of(stints, k, horizon, profiles, prior, Double.POSITIVE_INFINITY);
  }

  /**
   * As {@link #of(List, int, int, Function, SlopePrior)}, skipping windows whose first forecast lap
   * ended after {@code untilS} (they could only give events after it): the live-path shortcut.
   */
  static FieldResiduals of(
      List<Stint> stints,
      int k,
      int horizon,
      Function<String, CompoundProfile> profiles,
      SlopePrior prior,
      double untilS) {
    List<Event> out = new ArrayList<>();
    for (Stint s : stints) {
      CompoundProfile profile = profiles.apply(s.compound());
      List<StintLap> laps = s.laps();
      for (int j = 0; j + k < laps.size() && !(laps.get(j + k).endTimeS() > untilS); j++) {
        StintLevelFit fit = StintLevelFit.fit(laps.subList(j, j + k), profile, prior);
        for (int h = 1; h <= horizon && j + k + h - 1 < laps.size(); h++) {
          StintLap lap = laps.get(j + k + h - 1);
          if (Double.isFinite(lap.endTimeS())) {
            double raw =
                fit.at(lap.lapNumber())
                    + StintLevelFit.drift(profile, lap.lapNumber(), lap.tyreAgeLaps());
            out.add(new Event(s, lap.endTimeS(), h, lap.lapTimeS() - raw));
          }
        }
      }
    }
    return new FieldResiduals(out);
  }

  /**
   * Per horizon (index h-1), the sum and count of residuals of laps completed by {@code timeS} in
   * stints other than {@code own}: {@code [0][h-1]} sums, {@code [1][h-1]} counts.
   */
  double[][] before(double timeS, Stint own, int horizon) {
    double[][] out = new double[2][horizon];
    if (!Double.isFinite(timeS)) {
      return out;
    }
    for (Event e : events) {
      if (e.stint() != own && e.timeS() <= timeS && e.horizon() <= horizon) {
        out[0][e.horizon() - 1] += e.residualS();
        out[1][e.horizon() - 1]++;
      }
    }
    return out;
  }

  /** The shrunk mean residual (s) at one horizon from {@link #before} sums. */
  static double shiftS(double[][] sums, int horizon) {
    int i = Math.min(horizon, sums[0].length) - 1;
    return sums[0][i] / (sums[1][i] + PRIOR_LAPS);
  }
}
