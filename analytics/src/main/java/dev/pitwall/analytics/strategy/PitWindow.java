package dev.pitwall.analytics.strategy;

/**
 * Pit window of a plan: the contiguous laps around its next stop for which our own-pace time stays
 * within {@link StrategyEvaluator#WINDOW_S} of the plan's, searched up to {@link #MAX_SHIFT_LAPS}
 * laps each way, later stops held where they are.
 */
final class PitWindow {
  static final int MAX_SHIFT_LAPS = 12;

  private PitWindow() {}

  /** {from, to} lap, or {0, 0} for a plan without a stop. */
  static int[] of(Strategy plan, OwnPace pace, StrategySpace space) {
    if (plan.stops() == 0) {
      return new int[] {0, 0};
    }
    double best = pace.timeS(plan);
    int lap = plan.nextPitLap();
    return new int[] {
      lap + edge(plan, pace, space, best, -1), lap + edge(plan, pace, space, best, 1)
    };
  }

  private static int edge(Strategy plan, OwnPace pace, StrategySpace space, double best, int dir) {
    int last = 0;
    for (int k = 1; k <= MAX_SHIFT_LAPS; k++) {
      Strategy moved = StrategyEngine.move(plan, 0, dir * k);
      if (space.neighbours(moved, 0).size() != 1
          || pace.timeS(moved) > best + StrategyEvaluator.WINDOW_S) {
        break;
      }
      last = dir * k;
    }
    return last;
  }
}
