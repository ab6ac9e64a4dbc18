package dev.pitwall.analytics.race.montecarlo;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceNoise;
import dev.pitwall.analytics.race.param.RaceParamException;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A compiled race joined with the Monte Carlo model for its season: per-driver (engine order)
 * accident and failure probabilities, lap-time sigma, start performance and pit-stop Fisk
 * parameters. Immutable; share across threads.
 */
public final class StochasticRace {
  final CompiledRace race;
  final McsParams mcs;
  final double[] pAccident;
  final double[] pFailure;
  private final double[] lapSigmaS;
  private final double[] startMeanS;
  private final double[] startSigmaS;
  private final double[][] fisk;

  public StochasticRace(CompiledRace race, McsParams mcs) {
    this.race = race;
    this.mcs = mcs;
    int n = race.driverCount();
    int season = race.definition().rules().season();
    String section = mcs.sourceName() + " [SEASON_" + season + "]";
    Map<String, Double> accident = mcs.accidentBySeason().get(season);
    Map<String, Double> failure = mcs.failureBySeason().get(season);
    if (accident == null || failure == null) {
      throw new RaceParamException(section + ": missing section for season " + season);
    }
    pAccident = new double[n];
    pFailure = new double[n];
    lapSigmaS = new double[n];
    startMeanS = new double[n];
    startSigmaS = new double[n];
    fisk = new double[n][];
    for (int d = 0; d < n; d++) {
      String name = race.names().get(d);
      String team = race.teams().get(d);
      pAccident[d] = require(accident, name, section + " p_accident");
      pFailure[d] = require(failure, team, section + " p_failure");
      lapSigmaS[d] =
          mcs.lapSigmaByDriver()
              .getOrDefault(
                  name, require(mcs.lapSigmaByDriver(), "unknown", all(mcs, "t_lap_var_sigma")));
      double[] sp = mcs.startPerfByDriver().get(name);
      if (sp == null) {
        sp = require(mcs.startPerfByDriver(), "unknown", all(mcs, "t_startperf"));
      }
      startMeanS[d] = sp[0];
      startSigmaS[d] = sp[1];
      double[] f = require(mcs.fiskByTeam(), team, all(mcs, "t_pit_var_fisk_pars"));
      fisk[d] = new double[] {f[0], f[1], f[2], RaceNoise.fiskMean(f[0], f[1], f[2])};
    }
  }

  private static String all(McsParams mcs, String key) {
    return mcs.sourceName() + " [ALL_SEASONS] " + key;
  }

  private static <T> T require(Map<String, T> map, String key, String where) {
    T v = map.get(key);
    if (v == null) {
      throw new RaceParamException(where + ": no entry for \"" + key + "\"");
    }
    return v;
  }

  public CompiledRace race() {
    return race;
  }

  /** Random influences for one race drawn from {@code rng}. */
  public RaceNoise noise(RandomGenerator rng) {
    return new RaceNoise(rng, lapSigmaS, startMeanS, startSigmaS, fisk);
  }
}
