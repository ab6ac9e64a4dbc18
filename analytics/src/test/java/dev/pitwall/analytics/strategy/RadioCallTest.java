package dev.pitwall.analytics.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The radio call quotes the odds that separate the recommended plan from the alternative. */
class RadioCallTest {
  private static StrategyOutcome outcome(double meanS, double pos, double win, double podium) {
    return new StrategyOutcome(
        null, meanS, pos, win, podium, meanS, meanS, meanS, meanS, 0, 0, 100, new double[0]);
  }

  @Test
  void quotesTheWinChanceWhenItSeparatesThePlans() {
    assertEquals(
        "P(win) 95 % vs 6 % ",
        RadioCall.odds(outcome(2231, 1.2, 0.95, 0.95), outcome(2283, 2.9, 0.06, 0.95)));
  }

  @Test
  void quotesThePodiumChanceWhenTheWinChanceIsTheSame() {
    assertEquals(
        "P(podium) 40 % vs 25 % ",
        RadioCall.odds(outcome(2231, 4.2, 0.0, 0.40), outcome(2240, 4.9, 0.01, 0.25)));
  }

  @Test
  void quotesPositionAndTimeWhenTheOddsAreEqual() {
    assertEquals(
        "avg P7.3 vs P7.6, 4.5 s quicker than ",
        RadioCall.odds(outcome(2231.0, 7.3, 0, 0), outcome(2235.5, 7.6, 0, 0)));
  }
}
