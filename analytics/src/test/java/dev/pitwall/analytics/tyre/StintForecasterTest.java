package dev.pitwall.analytics.tyre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StintForecasterTest {
  private final List<Stint> training = SyntheticStints.make(3, 12, 20, "MEDIUM", a -> 0.1 * a, 0.1);
  private final TyreModel model = new TyreModelTrainer(5, 5).train(training);

  @Test
  void predictsWearMinusFuelWithAnIntervalAroundThePoint() {
    Stint stint = SyntheticStints.make(1, 1, 10, "MEDIUM", a -> 0.1 * a, 0.0).get(0);
    List<StintLap> history = stint.laps().subList(0, 5);
    List<TargetLap> targets =
        List.of(TargetLap.after(history.get(4), 1), TargetLap.after(history.get(4), 5));
    List<LapPrediction> p = new StintForecaster(model).forecast("MEDIUM", history, targets);
    assertEquals(stint.laps().get(5).lapTimeS(), p.get(0).lapTimeS(), 0.1);
    assertEquals(stint.laps().get(9).lapTimeS(), p.get(1).lapTimeS(), 0.15);
    for (LapPrediction lap : p) {
      assertTrue(lap.lowerS() < lap.lapTimeS() && lap.lapTimeS() < lap.upperS(), lap.toString());
      assertTrue(Double.isFinite(lap.lowerS()) && Double.isFinite(lap.upperS()));
    }
  }

  @Test
  void explainsEachPredictionWithThreeLargestContributionsInWords() {
    Stint stint = SyntheticStints.make(1, 1, 10, "MEDIUM", a -> 0.1 * a, 0.0).get(0);
    List<StintLap> history = stint.laps().subList(0, 5);
    LapPrediction p =
        new StintForecaster(model)
            .forecast("MEDIUM", history, List.of(TargetLap.after(history.get(4), 5)))
            .get(0);
    assertEquals(3, p.topContributions().size());
    assertTrue(p.explanation().startsWith("tyre age +0.5"), p.explanation());
    assertTrue(p.explanation().contains("fuel -0.25 s"), p.explanation());
    double first = Math.abs(p.topContributions().get(0).seconds());
    assertTrue(first >= Math.abs(p.topContributions().get(2).seconds()));
  }

  @Test
  void unknownCompoundFallsBackToTheAllCompoundProfile() {
    Stint stint = SyntheticStints.make(1, 1, 6, "HYPERSOFT", a -> 0.1 * a, 0.0).get(0);
    List<StintLap> history = stint.laps().subList(0, 5);
    LapPrediction p =
        new StintForecaster(model)
            .forecast("HYPERSOFT", history, List.of(TargetLap.after(history.get(4), 1)))
            .get(0);
    assertEquals(stint.laps().get(5).lapTimeS(), p.lapTimeS(), 0.1);
  }

  @Test
  void refusesTooFewLapsWithNotEnoughData() {
    List<StintLap> two = List.of(new StintLap(3, 1, 91), new StintLap(4, 2, 91.1));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new StintForecaster(model)
                    .forecast("MEDIUM", two, List.of(TargetLap.after(two.get(1), 1))));
    assertTrue(e.getMessage().startsWith("not enough data"), e.getMessage());
  }

  @Test
  void trainerRefusesTooFewStints() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TyreModelTrainer(5, 5).train(training.subList(0, 2)));
    assertTrue(e.getMessage().startsWith("not enough data"), e.getMessage());
  }
}
