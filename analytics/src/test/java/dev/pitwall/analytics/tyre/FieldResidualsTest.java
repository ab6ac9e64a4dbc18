package dev.pitwall.analytics.tyre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldResidualsTest {
  private static final double LAP_S = 90;
  private final TyreModel model =
      new TyreModelTrainer(5, 5)
          .train(timed(SyntheticStints.make(3, 12, 20, "MEDIUM", a -> 0.1 * a, 0.1)));

  /** The same stints with lap end times: every car ends lap n at n x 90 s (plus its index). */
  static List<Stint> timed(List<Stint> stints) {
    List<Stint> out = new ArrayList<>();
    for (int i = 0; i < stints.size(); i++) {
      Stint s = stints.get(i);
      double offset = i * 0.1;
      List<StintLap> laps =
          s.laps().stream()
              .map(
                  l ->
                      new StintLap(
                          l.lapNumber(),
                          l.tyreAgeLaps(),
                          l.lapTimeS(),
                          l.lapNumber() * LAP_S + offset))
              .toList();
      out.add(new Stint(s.raceId(), s.driver(), s.stintNumber(), s.compound(), laps));
    }
    return out;
  }

  @Test
  void forecastIgnoresFieldLapsCompletedAfterTheForecast() {
    List<Stint> race = timed(SyntheticStints.make(1, 10, 25, "MEDIUM", a -> 0.15 * a, 0.1));
    Stint own = race.get(0);
    List<StintLap> history = own.laps().subList(0, 5);
    List<TargetLap> targets = List.of(TargetLap.after(history.get(4), 3));
    double now = history.get(4).endTimeS();
    List<Stint> field = race.subList(1, race.size());
    List<Stint> soFar = new ArrayList<>();
    List<Stint> futureChanged = new ArrayList<>();
    for (Stint s : field) {
      List<StintLap> done = s.laps().stream().filter(l -> l.endTimeS() <= now).toList();
      soFar.add(new Stint(s.raceId(), s.driver(), s.stintNumber(), s.compound(), done));
      List<StintLap> changed =
          s.laps().stream()
              .map(
                  l ->
                      l.endTimeS() <= now
                          ? l
                          : new StintLap(l.lapNumber(), l.tyreAgeLaps(), 200, l.endTimeS()))
              .toList();
      futureChanged.add(new Stint(s.raceId(), s.driver(), s.stintNumber(), s.compound(), changed));
    }
    StintForecaster f = new StintForecaster(model);
    double whole = f.forecast("MEDIUM", history, targets, field).get(0).lapTimeS();
    assertEquals(whole, f.forecast("MEDIUM", history, targets, soFar).get(0).lapTimeS(), 1e-12);
    assertEquals(
        whole, f.forecast("MEDIUM", history, targets, futureChanged).get(0).lapTimeS(), 1e-12);
  }

  @Test
  void fieldResidualsShowARaceThatDegradesFasterThanTraining() {
    // Training curve 0.1 s/lap; this race 0.2 s/lap, so later laps run slower than forecast.
    List<Stint> race = timed(SyntheticStints.make(1, 10, 25, "MEDIUM", a -> 0.2 * a, 0.05));
    FieldResiduals field = FieldResiduals.of(race, 5, 5, model::profile, model.slopePrior());
    double[][] sums = field.before(30 * LAP_S, null, 5);
    assertTrue(sums[1][4] > 50, "laps scored at horizon 5: " + sums[1][4]);
    assertTrue(sums[0][4] / sums[1][4] > 0.1, "mean residual " + sums[0][4] / sums[1][4]);
    assertTrue(FieldResiduals.shiftS(sums, 5) < sums[0][4] / sums[1][4], "shrunk towards 0");
    double[][] none = field.before(Double.NaN, null, 5);
    assertEquals(0, none[1][0]);
  }

  @Test
  void fieldWithUnknownLapEndTimesIsIgnored() {
    List<Stint> race = SyntheticStints.make(1, 10, 25, "MEDIUM", a -> 0.3 * a, 0.05);
    List<StintLap> history = timed(race).get(0).laps().subList(0, 5);
    List<TargetLap> targets = List.of(TargetLap.after(history.get(4), 2));
    StintForecaster f = new StintForecaster(model);
    assertEquals(
        f.forecast("MEDIUM", history, targets).get(0).lapTimeS(),
        f.forecast("MEDIUM", history, targets, race.subList(1, 10)).get(0).lapTimeS(),
        1e-12);
  }
}
