package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.engine.RaceSnapshot;
import dev.pitwall.analytics.race.engine.ResultStatus;
import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.montecarlo.RandomEventGenerator;
import dev.pitwall.analytics.race.montecarlo.StochasticRace;
import dev.pitwall.analytics.race.param.RaceDefinition;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Evaluates plans for our car on the TUM engine: a deterministic race (no noise, no random events)
 * to screen, and Monte Carlo races with the published event and noise model to rank. Race i of
 * every plan uses the same random stream (common random numbers), so differences between plans are
 * not drowned by race-to-race noise. Stateless; safe to call from several threads at once.
 */
final class StrategyEvaluator {
  /** Pit-window tolerance: laps whose plan is within this of the best, s. */
  static final double WINDOW_S = 0.5;

  private static final int MAX_ATTEMPTS = 20;
  private static final int MAX_DRAWS = 200;

  private final RaceDefinition base;
  private final RaceSoFar race;
  private final McsParams mcs;
  private final boolean safetyCarNow;

  StrategyEvaluator(RaceDefinition base, RaceSoFar race, McsParams mcs, boolean safetyCarNow) {
    this.base = base;
    this.race = race;
    this.mcs = mcs;
    this.safetyCarNow = safetyCarNow;
  }

  /** Deterministic race time of our car for {@code plan}, s (+inf if not on the lead lap). */
  double deterministicS(Strategy plan) {
    CompiledRace compiled = new CompiledRace(LiveRaceModel.withPlan(base, race, plan));
    RaceEvents events = new RaceEvents(compiled.driverCount());
    if (safetyCarNow) {
      addSafetyCar(events);
    }
    RaceSimulator sim = new RaceSimulator(compiled);
    sim.runFrom(startState(compiled), events, null);
    double t = sim.raceTimeS(compiled.totalLaps(), compiled.initials().indexOf(race.ourDriver()));
    return Double.isFinite(t) ? t : Double.POSITIVE_INFINITY;
  }

  /** {@code races} Monte Carlo races of {@code plan} from stream {@code seed}. */
  StrategyOutcome monteCarlo(Strategy plan, int races, long seed, int windowFrom, int windowTo) {
    CompiledRace compiled = new CompiledRace(LiveRaceModel.withPlan(base, race, plan));
    StochasticRace sr = new StochasticRace(compiled, mcs);
    RandomEventGenerator gen = new RandomEventGenerator(sr);
    RaceSimulator sim = new RaceSimulator(compiled);
    RaceSnapshot now = startState(compiled);
    RaceEvents drawn = new RaceEvents(compiled.driverCount());
    RaceEvents forced = new RaceEvents(compiled.driverCount());
    int us = compiled.initials().indexOf(race.ourDriver());
    int laps = compiled.totalLaps();
    double[] times = new double[races];
    int finished = 0;
    double posSum = 0;
    int wins = 0;
    int podiums = 0;
    int valid = 0;
    for (int i = 0; i < races; i++) {
      for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        SplittableRandom rng = new SplittableRandom(mix(seed, i, attempt));
        if (!drawFuture(gen, rng, drawn, compiled.driverCount())) {
          continue;
        }
        RaceEvents events = drawn;
        if (safetyCarNow) {
          forced.clear();
          forced.copyRetirementsFrom(drawn);
          addSafetyCar(forced);
          events = forced;
        }
        if (sim.runFrom(now, events, sr.noise(rng)) != ResultStatus.VALID) {
          continue;
        }
        valid++;
        int pos = sim.finalPosition(us);
        posSum += pos;
        wins += pos == 1 ? 1 : 0;
        podiums += pos <= 3 ? 1 : 0;
        double t = sim.raceTimeS(laps, us);
        if (!sim.retired(us) && Double.isFinite(t)) {
          times[finished++] = t;
        }
        break;
      }
    }
    return summarise(
        plan, Arrays.copyOf(times, finished), valid, posSum, wins, podiums, windowFrom, windowTo);
  }

  /**
   * The race at the end of the last completed lap: the observed field when the caller has it, else
   * a deterministic replay of laps 1..N with our stops so far (the old approximation: rivals' gaps
   * are then the model's, not the real ones).
   */
  private RaceSnapshot startState(CompiledRace compiled) {
    if (race.field() != null) {
      return race.field();
    }
    return new RaceSimulator(compiled)
        .runTo(new RaceEvents(compiled.driverCount()), null, race.lapsCompleted());
  }

  /**
   * Draws events until none lies in the laps already run (we know no neutralisation or retirement
   * happened then): rejection sampling gives the event model conditioned on the race so far. False
   * if {@value #MAX_DRAWS} draws all touched the past.
   */
  private boolean drawFuture(
      RandomEventGenerator gen, SplittableRandom rng, RaceEvents out, int n) {
    double now = race.lapsCompleted();
    for (int k = 0; k < MAX_DRAWS; k++) {
      gen.draw(rng, out);
      boolean past = false;
      for (int p = 0; p < out.phaseCount() && !past; p++) {
        past = out.phaseStart(p) < now;
      }
      for (int d = 0; d < n && !past; d++) {
        past = out.retireAtOf(d) < now; // NaN (no retirement) compares false
      }
      if (!past) {
        return true;
      }
    }
    return false;
  }

  private static StrategyOutcome summarise(
      Strategy plan,
      double[] t,
      int valid,
      double posSum,
      int wins,
      int podiums,
      int from,
      int to) {
    Arrays.sort(t);
    double mean = t.length == 0 ? 0 : Arrays.stream(t).average().orElse(0);
    int tail = Math.max(1, (int) Math.ceil(t.length * 0.05));
    double worst = 0;
    for (int i = t.length - Math.min(tail, t.length); i < t.length; i++) {
      worst += t[i] / Math.min(tail, t.length);
    }
    double v = Math.max(valid, 1);
    return new StrategyOutcome(
        plan,
        mean,
        valid == 0 ? 0 : posSum / v,
        wins / v,
        podiums / v,
        quantile(t, 0.1),
        quantile(t, 0.5),
        quantile(t, 0.9),
        t.length == 0 ? 0 : worst,
        from,
        to,
        valid,
        t);
  }

  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }

  /**
   * A safety car from the start of the next lap for the file's typical 4 laps (progress domain).
   */
  private void addSafetyCar(RaceEvents events) {
    double start = race.lapsCompleted() + 0.05;
    events.addPhase(
        start, Math.min(start + 4, base.rules().totalLaps()), true, Double.NaN, Double.NaN);
  }

  private static long mix(long seed, int race, int attempt) {
    long z = seed * 0x9E3779B97F4A7C15L + race * 0xBF58476D1CE4E5B9L + attempt;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
