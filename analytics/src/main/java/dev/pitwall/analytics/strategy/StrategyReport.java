package dev.pitwall.analytics.strategy;

import java.util.List;

/**
 * Result of one strategy run. In state {@link State#NOT_ENOUGH_DATA} only {@code reason} and {@code
 * lapsCompleted} mean anything; the ranked list is empty and the radio text says so.
 *
 * @param ranked best first
 * @param degSPerLap our fitted degradation on the current set (NaN when the file model is used)
 * @param computeMillis wall time of the run
 */
public record StrategyReport(
    State state,
    String reason,
    int lapsCompleted,
    int totalLaps,
    List<StrategyOutcome> ranked,
    String radio,
    double degSPerLap,
    int candidatesScreened,
    long computeMillis) {

  /** Whether a recommendation exists. */
  public enum State {
    READY,
    NOT_ENOUGH_DATA
  }

  public static StrategyReport notEnoughData(String reason, int lapsCompleted, int totalLaps) {
    return new StrategyReport(
        State.NOT_ENOUGH_DATA,
        reason,
        lapsCompleted,
        totalLaps,
        List.of(),
        "Not enough data yet: " + reason,
        Double.NaN,
        0,
        0);
  }

  public boolean ready() {
    return state == State.READY;
  }

  public StrategyOutcome best() {
    return ranked.get(0);
  }
}
