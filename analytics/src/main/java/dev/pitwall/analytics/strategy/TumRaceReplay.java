package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceResult;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.montecarlo.StochasticRace;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A stand-in for a live session built from a TUM race file: the race is run once with the file's
 * real strategies and events plus the Monte Carlo lap-time noise of {@code seed}, and {@link
 * #atLap} reveals it to the strategy engine one completed lap at a time, as our car's timing would.
 */
public final class TumRaceReplay {
  private final RaceDefinition file;
  private final String driver;
  private final RaceResult result;
  private final int us;

  public TumRaceReplay(RaceDefinition file, McsParams mcs, String driver, long seed) {
    if (!file.drivers().containsKey(driver)) {
      throw new IllegalArgumentException(file.sourceName() + ": no driver " + driver);
    }
    this.file = file;
    this.driver = driver;
    CompiledRace race = new CompiledRace(file);
    RaceSimulator sim = new RaceSimulator(race);
    StochasticRace sr = new StochasticRace(race, mcs);
    sim.run(RaceEvents.fromSpec(race, file.events()), sr.noise(new SplittableRandom(seed)));
    this.result = sim.toResult();
    this.us = race.initials().indexOf(driver);
  }

  public int totalLaps() {
    return result.totalLaps();
  }

  /** Our final position in the replayed race. */
  public int finalPosition() {
    return result.finalPosition(us);
  }

  /** What we would know at the end of lap {@code lapsCompleted} (0 = on the grid). */
  public RaceSoFar atLap(int lapsCompleted) {
    List<Double> laps = new ArrayList<>();
    for (int lap = 1; lap <= lapsCompleted; lap++) {
      laps.add(result.lapTimesS()[lap][us]);
    }
    List<PitStop> past = new ArrayList<>();
    for (PitStop p : file.drivers().get(driver).strategy()) {
      if (p.inlap() == 0 || p.inlap() <= lapsCompleted) {
        past.add(p);
      }
    }
    PitStop current = past.get(past.size() - 1);
    int age = current.tyreAgeLaps() + lapsCompleted - current.inlap();
    return new RaceSoFar(
        driver,
        lapsCompleted,
        laps,
        current.compound(),
        age,
        past,
        Double.NaN,
        gaps(lapsCompleted));
  }

  private Map<String, Double> gaps(int lap) {
    Map<String, Double> gaps = new LinkedHashMap<>();
    double ours = result.raceTimesS()[lap][us];
    for (int d = 0; d < result.driverCount(); d++) {
      double t = result.raceTimesS()[lap][d];
      if (d != us && Double.isFinite(t) && Double.isFinite(ours)) {
        gaps.put(result.initials().get(d), t - ours);
      }
    }
    return gaps;
  }
}
