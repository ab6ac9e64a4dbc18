package dev.pitwall.analytics.strategy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One radio sentence for the recommended plan, with numbers: what to do, why (our fitted
 * degradation and the time it costs by the stop), and the odds against the best plan that stays out
 * longer (or stops, when the call is to stay out).
 */
final class RadioCall {
  private RadioCall() {}

  static String compose(
      List<StrategyOutcome> ranked,
      RaceSoFar race,
      Optional<PaceFit> fit,
      List<String> softToHard) {
    StrategyOutcome best = ranked.get(0);
    Strategy plan = best.strategy();
    String now = CompoundNames.radio(race.compound(), softToHard);
    Optional<StrategyOutcome> alt =
        ranked.stream()
            .filter(
                o ->
                    plan.stops() == 0
                        ? o.strategy().stops() > 0
                        : o.strategy().nextPitLap() > plan.nextPitLap() + 2)
            .findFirst()
            .or(
                () ->
                    ranked.stream()
                        .filter(o -> o.strategy().nextPitLap() != plan.nextPitLap())
                        .findFirst());
    StringBuilder b = new StringBuilder();
    if (plan.stops() == 0) {
      b.append("Stay out to the flag on these ").append(now);
    } else {
      int lap = plan.nextPitLap();
      String next = CompoundNames.radio(plan.futureStops().get(0).compound(), softToHard);
      b.append("Box lap ").append(lap).append(" for ").append(next);
      if (fit.isPresent() && fit.get().degSPerLap() < 0.005) {
        b.append(": these ").append(now).append(" show no measurable deg yet");
      } else if (fit.isPresent()) {
        double ageAtStop = race.tyreAgeLaps() + (lap - race.lapsCompleted());
        b.append(
            String.format(
                Locale.ROOT,
                ": these %s lose %.2f s/lap, +%.1f s/lap vs new by lap %d",
                now,
                fit.get().degSPerLap(),
                fit.get().degSPerLap() * ageAtStop,
                lap));
      }
      if (plan.stops() > 1) {
        b.append(", ").append(plan.stops()).append("-stop");
      }
    }
    alt.ifPresent(a -> b.append(", ").append(odds(best, a)).append(altName(a.strategy())));
    return b.toString();
  }

  /**
   * The odds that tell the two plans apart: P(win) when it differs by at least 2 points, else
   * P(podium), else the average position and the mean time (equal percentages say nothing).
   */
  static String odds(StrategyOutcome best, StrategyOutcome alt) {
    if (Math.abs(best.pWin() - alt.pWin()) >= 0.02) {
      return String.format(
          Locale.ROOT, "P(win) %.0f %% vs %.0f %% ", 100 * best.pWin(), 100 * alt.pWin());
    }
    if (Math.abs(best.pPodium() - alt.pPodium()) >= 0.02) {
      return String.format(
          Locale.ROOT, "P(podium) %.0f %% vs %.0f %% ", 100 * best.pPodium(), 100 * alt.pPodium());
    }
    return String.format(
        Locale.ROOT,
        "avg P%.1f vs P%.1f, %.1f s quicker than ",
        best.meanPosition(),
        alt.meanPosition(),
        alt.meanFinishS() - best.meanFinishS());
  }

  private static String altName(Strategy alt) {
    return alt.stops() == 0 ? "with no stop" : "boxing lap " + alt.nextPitLap();
  }
}
