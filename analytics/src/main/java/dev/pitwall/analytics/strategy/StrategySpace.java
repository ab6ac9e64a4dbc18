package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.param.PitStop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Enumerates future plans of 0-3 stops on a lap grid. Stops fall on laps {@code firstLap .. lastLap
 * - 1} (a stop on the last lap is pointless), stints are at least {@link #MIN_STINT_LAPS} long, and
 * in the dry a finisher must have used two different dry compounds (F1 rule).
 */
public final class StrategySpace {
  public static final int MIN_STINT_LAPS = 3;
  public static final int MAX_STOPS = 3;

  private final int firstLap;
  private final int totalLaps;
  private final List<String> compounds;
  private final Set<String> usedSoFar;
  private final boolean twoCompoundRule;

  /**
   * @param lapsCompleted laps done; the earliest stop is at the end of the next lap
   * @param compounds compounds we may fit
   * @param usedSoFar compounds already used in this race (including the current set)
   */
  public StrategySpace(
      int lapsCompleted,
      int totalLaps,
      List<String> compounds,
      Set<String> usedSoFar,
      boolean twoCompoundRule) {
    this.firstLap = lapsCompleted + 1;
    this.totalLaps = totalLaps;
    this.compounds = List.copyOf(compounds);
    this.usedSoFar = Set.copyOf(usedSoFar);
    this.twoCompoundRule = twoCompoundRule && usedSoFar.stream().noneMatch(StrategySpace::isWet);
  }

  /**
   * Every legal plan with {@code stops} stops whose pit laps lie on a grid of {@code step} laps.
   */
  public List<Strategy> grid(int stops, int step) {
    List<Strategy> out = new ArrayList<>();
    expand(new ArrayList<>(), stops, firstLap, Math.max(1, step), out);
    return out;
  }

  /** All plans of the coarse grid: 0 stops, 1 stop every 2 laps, 2 every 4, 3 every 6. */
  public List<Strategy> coarse() {
    List<Strategy> out = new ArrayList<>();
    for (int stops = 0; stops <= MAX_STOPS; stops++) {
      out.addAll(grid(stops, stops <= 1 ? 2 : 2 * stops));
    }
    return out;
  }

  /**
   * Plans of {@code plan}'s family with each pit lap moved by up to {@code radius} laps (one lap
   * resolution), legal ones only.
   */
  public List<Strategy> neighbours(Strategy plan, int radius) {
    List<Strategy> out = new ArrayList<>();
    neighbours(plan, 0, new ArrayList<>(), radius, out);
    return out;
  }

  private void neighbours(Strategy plan, int i, List<PitStop> acc, int radius, List<Strategy> out) {
    if (i == plan.stops()) {
      out.add(new Strategy(acc));
      return;
    }
    PitStop p = plan.futureStops().get(i);
    int prev = acc.isEmpty() ? firstLap - MIN_STINT_LAPS : acc.get(acc.size() - 1).inlap();
    for (int lap = p.inlap() - radius; lap <= p.inlap() + radius; lap++) {
      if (lap >= firstLap && lap >= prev + MIN_STINT_LAPS && lap <= totalLaps - MIN_STINT_LAPS) {
        acc.add(new PitStop(lap, p.compound(), 0, 0.0));
        neighbours(plan, i + 1, acc, radius, out);
        acc.remove(acc.size() - 1);
      }
    }
  }

  /** Whether the plan satisfies the compound rule (and the stint spacing). */
  public boolean legal(Strategy plan) {
    if (!twoCompoundRule) {
      return true;
    }
    Set<String> dry = new HashSet<>();
    usedSoFar.stream().filter(c -> !isWet(c)).forEach(dry::add);
    plan.futureStops().forEach(p -> dry.add(p.compound()));
    return dry.size() >= 2 || plan.futureStops().stream().anyMatch(p -> isWet(p.compound()));
  }

  private void expand(List<PitStop> acc, int left, int from, int step, List<Strategy> out) {
    if (left == 0) {
      Strategy s = new Strategy(acc);
      if (legal(s)) {
        out.add(s);
      }
      return;
    }
    int start =
        acc.isEmpty() ? from : acc.get(acc.size() - 1).inlap() + Math.max(step, MIN_STINT_LAPS);
    for (int lap = start; lap <= totalLaps - MIN_STINT_LAPS; lap += step) {
      for (String c : compounds) {
        acc.add(new PitStop(lap, c, 0, 0.0));
        expand(acc, left - 1, from, step, out);
        acc.remove(acc.size() - 1);
      }
    }
  }

  static boolean isWet(String compound) {
    return compound.equals("I") || compound.equals("W");
  }
}
