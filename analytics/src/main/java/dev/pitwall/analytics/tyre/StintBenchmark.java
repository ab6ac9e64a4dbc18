package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leave-one-race-out benchmark: for each race, train on every other race, then for every stint of
 * the held-out race take its first k clean laps and predict the next {@code horizon} clean laps.
 * The held-out race is never seen by training or calibration; its other cars' laps count only once
 * they are completed at the time of the forecast (as live). Stateless.
 */
public final class StintBenchmark {
  private final int historyLaps;
  private final int horizon;

  public StintBenchmark(int historyLaps, int horizon) {
    this.historyLaps = historyLaps;
    this.horizon = horizon;
  }

  /** Index 0 = all horizons pooled, index h = horizon h. */
  public List<HorizonScore> run(List<Stint> stints) {
    Map<String, List<Stint>> races = new LinkedHashMap<>();
    stints.forEach(s -> races.computeIfAbsent(s.raceId(), r -> new ArrayList<>()).add(s));
    Accumulator[] acc = new Accumulator[horizon + 1];
    for (int h = 0; h <= horizon; h++) {
      acc[h] = new Accumulator();
    }
    for (Map.Entry<String, List<Stint>> race : races.entrySet()) {
      List<Stint> training =
          stints.stream().filter(s -> !s.raceId().equals(race.getKey())).toList();
      TyreModel model = new TyreModelTrainer(historyLaps, horizon).train(training);
      StintForecaster forecaster = new StintForecaster(model);
      for (ForecastCase c : ForecastCase.all(race.getValue(), historyLaps, horizon)) {
        List<LapPrediction> p =
            forecaster.forecast(
                c.stint().compound(), c.history(), c.targets(), c.others(race.getValue()));
        double last3 = lastThreeMeanS(c.history());
        for (int h = 0; h < p.size(); h++) {
          double actual = c.future().get(h).lapTimeS();
          acc[h + 1].add(p.get(h), actual, last3);
          acc[0].add(p.get(h), actual, last3);
        }
      }
    }
    List<HorizonScore> out = new ArrayList<>();
    for (int h = 0; h <= horizon; h++) {
      out.add(acc[h].score(h));
    }
    return out;
  }

  static double lastThreeMeanS(List<StintLap> history) {
    int n = history.size();
    double sum = 0;
    int from = Math.max(0, n - 3);
    for (int i = from; i < n; i++) {
      sum += history.get(i).lapTimeS();
    }
    return sum / (n - from);
  }

  private static final class Accumulator {
    private int n;
    private double abs;
    private double absLast3;
    private double signed;
    private int covered;

    void add(LapPrediction p, double actual, double last3) {
      n++;
      abs += Math.abs(p.lapTimeS() - actual);
      absLast3 += Math.abs(last3 - actual);
      signed += p.lapTimeS() - actual;
      if (actual >= p.lowerS() && actual <= p.upperS()) {
        covered++;
      }
    }

    HorizonScore score(int h) {
      return new HorizonScore(h, n, abs / n, absLast3 / n, signed / n, (double) covered / n);
    }
  }
}
