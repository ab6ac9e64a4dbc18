package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceResult;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.engine.RaceSnapshot;
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
  private final CompiledRace race;
  private final StochasticRace noise;
  private final long seed;

  public TumRaceReplay(RaceDefinition file, McsParams mcs, String driver, long seed) {
    if (!file.drivers().containsKey(driver)) {
      throw new IllegalArgumentException(file.sourceName() + ": no driver " + driver);
    }
    this.file = file;
    this.driver = driver;
    this.race = new CompiledRace(file);
    this.seed = seed;
    RaceSimulator sim = new RaceSimulator(race);
    this.noise = new StochasticRace(race, mcs);
    sim.run(RaceEvents.fromSpec(race, file.events()), noise.noise(new SplittableRandom(seed)));
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
        gaps(lapsCompleted),
        field(lapsCompleted));
  }

  /**
   * The whole field at the end of {@code lap}: the same race re-run to that lap (the noise stream
   * of {@code seed} is consumed lap by lap, so laps 1..N come out identical), without the events
   * the pit wall cannot know yet.
   */
  public RaceSnapshot field(int lap) {
    return new RaceSimulator(race)
        .runTo(
            RaceEvents.fromSpec(race, file.events()), noise.noise(new SplittableRandom(seed)), lap)
        .withoutFutureEvents();
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
