package dev.pitwall.analytics.race.montecarlo;

import dev.pitwall.analytics.race.engine.CompiledRace;
import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.param.EventSpec;
import dev.pitwall.analytics.race.param.MonteCarloSettings;
import java.util.random.RandomGenerator;

/**
 * Draws the random events of one race as the reference does: the number of SC phases, their start
 * (lap 1 or a fifth of the race) and duration, one accident retirement per SC (weighted by
 * p_accident), then per-team car failures at a uniform race progress, each followed by a VSC with
 * p_vsc_aft_failure. Phases keep min_dist_sc/min_dist_vsc apart. Only lists given as {@code []} in
 * the race file are randomised. Stateless apart from its tables; one instance per thread.
 */
public final class RandomEventGenerator {
  /** Bounds the redraw loops; the reference loops until it succeeds. */
  private static final int MAX_ATTEMPTS = 10_000;

  private final StochasticRace sr;
  private final CompiledRace race;
  private final int laps;
  private final double[] lapStartProb;
  private final RaceEvents fileEvents;
  private final boolean randomFcy;
  private final boolean randomRetirements;
  private final MonteCarloSettings mc;
  private final RaceEvents scratch;

  public RandomEventGenerator(StochasticRace sr) {
    this.sr = sr;
    this.race = sr.race;
    this.laps = race.totalLaps();
    EventSpec spec = race.definition().events();
    this.fileEvents = RaceEvents.fromSpec(race, spec);
    this.randomFcy = spec.fcyMode() == EventSpec.Mode.RANDOM;
    this.randomRetirements = spec.retirementMode() == EventSpec.Mode.RANDOM;
    this.mc = race.definition().monteCarlo();
    this.lapStartProb = scStartPerLap(sr.mcs.pScStart(), laps);
    this.scratch = new RaceEvents(race.driverCount());
  }

  /** Per-lap SC start probability: lap 1 its own, then each fifth spread evenly over its laps. */
  static double[] scStartPerLap(double[] pStart, int laps) {
    double[] probs = new double[laps];
    int segments = pStart.length - 1;
    probs[0] = pStart[0];
    for (int i = 1; i < pStart.length; i++) {
      int from = Math.max((int) Math.rint(1.0 / segments * (i - 1) * laps), 1);
      int to = (int) Math.rint(1.0 / segments * i * laps);
      for (int lap = from; lap < to; lap++) {
        probs[lap] = pStart[i] / (to - from);
      }
    }
    return probs;
  }

  /** Fills {@code out} with this race's events (file events where given, random otherwise). */
  public void draw(RandomGenerator rng, RaceEvents out) {
    out.copyFrom(fileEvents);
    if (!randomFcy && !randomRetirements) {
      return;
    }
    // like the reference, draw a full random set and take only the lists the file left empty
    scratch.clear();
    drawSafetyCars(rng, scratch);
    accidents(rng, scratch);
    failures(rng, scratch);
    scratch.sortPhases();
    if (randomFcy) {
      out.copyPhasesFrom(scratch);
    }
    if (randomRetirements) {
      out.copyRetirementsFrom(scratch);
    }
  }

  private void drawSafetyCars(RandomGenerator rng, RaceEvents ev) {
    int scCount = choose(rng, sr.mcs.pScCount());
    int attempts = 0;
    while (ev.count(true) < scCount && attempts++ < MAX_ATTEMPTS) {
      double start = choose(rng, lapStartProb) + rng.nextDouble();
      if (start > laps - 1.0) {
        continue;
      }
      double duration = choose(rng, sr.mcs.pScDurationLaps()) + 1;
      double stop = Math.min(Math.floor(start + duration), laps);
      ev.addPhase(start, stop, true, Double.NaN, Double.NaN);
      if (ev.intersects(mc.minDistScLaps(), mc.minDistVscLaps())) {
        ev.removeLastPhase();
      }
    }
  }

  private void accidents(RandomGenerator rng, RaceEvents ev) {
    for (int p = 0; p < ev.phaseCount(); p++) {
      if (!ev.isSafetyCar(p)) {
        continue;
      }
      int d = -1;
      int attempts = 0;
      while ((d < 0 || ev.retires(d)) && attempts++ < MAX_ATTEMPTS) {
        d = choose(rng, sr.pAccident);
      }
      ev.retire(d, ev.phaseStart(p));
    }
  }

  private void failures(RandomGenerator rng, RaceEvents ev) {
    for (int d = 0; d < race.driverCount(); d++) {
      if (ev.retires(d) || rng.nextDouble() >= sr.pFailure[d]) {
        continue;
      }
      double start;
      if (rng.nextDouble() < sr.mcs.pVscAfterFailure()) {
        start = drawVsc(rng, ev);
      } else {
        start = rng.nextDouble() * laps;
      }
      ev.retire(d, start);
    }
  }

  private double drawVsc(RandomGenerator rng, RaceEvents ev) {
    double start = 0;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      start = rng.nextDouble() * laps;
      if (start >= laps - 0.5) {
        continue;
      }
      double duration = choose(rng, sr.mcs.pVscDurationLaps()) + 1 + rng.nextDouble();
      ev.addPhase(start, Math.min(start + duration, laps), false, Double.NaN, Double.NaN);
      if (!ev.intersects(mc.minDistScLaps(), mc.minDistVscLaps())) {
        return start;
      }
      ev.removeLastPhase();
    }
    return start;
  }

  /** Index drawn with the given (unnormalised) weights. */
  static int choose(RandomGenerator rng, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    double acc = 0;
    int last = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] > 0) {
        acc += weights[i];
        last = i;
        if (u < acc) {
          return i;
        }
      }
    }
    return last;
  }
}
