package dev.pitwall.analytics.strategy;

import dev.pitwall.analytics.race.montecarlo.McsParams;
import dev.pitwall.analytics.race.param.PitStop;
import dev.pitwall.analytics.race.param.RaceDefinition;
import dev.pitwall.analytics.race.param.TyreParams;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Live strategy for our car: enumerates every legal plan from the current lap (0-3 stops x pit laps
 * x compounds), screens them with deterministic races on a coarse lap grid, refines the pit laps of
 * the best families lap by lap, then ranks the survivors with Monte Carlo races (fewer for plans
 * already clearly slower). {@link #evaluate} blocks: call it from a background thread; it fans work
 * out to the injected executor. Thread-safe; immutable.
 */
public final class StrategyEngine {
  /** Finalists that get the full number of Monte Carlo races. */
  static final int CONTENDERS = 3;

  /** Below this many completed laps there is no recommendation. */
  public static final int MIN_LAPS = 3;

  private final RaceDefinition file;
  private final McsParams mcs;
  private final Executor executor;
  private final StrategySettings settings;

  public StrategyEngine(
      RaceDefinition file, McsParams mcs, Executor executor, StrategySettings settings) {
    this.file = file;
    this.mcs = mcs;
    this.executor = executor;
    this.settings = settings;
  }

  public StrategyReport evaluate(RaceSoFar race, WhatIf whatIf, long seed) {
    long t0 = System.nanoTime();
    int total = file.rules().totalLaps();
    Optional<String> problem = validate(race);
    if (problem.isPresent()) {
      return StrategyReport.notEnoughData(problem.get(), race.lapsCompleted(), total);
    }
    Optional<PaceFit> fit = PaceFit.fit(race, LiveRaceModel.fuelSPerLap(file, race.ourDriver()));
    if (fit.isEmpty() && race.lapsCompleted() < 2 * PaceFit.MIN_CLEAN_LAPS) {
      return StrategyReport.notEnoughData(
          "need " + PaceFit.MIN_CLEAN_LAPS + " clean laps on this set",
          race.lapsCompleted(),
          total);
    }
    RaceDefinition base = LiveRaceModel.base(file, race, whatIf, fit);
    StrategyEvaluator eval = new StrategyEvaluator(base, race, mcs, whatIf.safetyCarNow());
    StrategySpace space = space(race, whatIf);
    List<Strategy> coarse = space.coarse();
    OwnPace pace = new OwnPace(base, race, whatIf.safetyCarNow());
    List<Scored> screened = coarse.stream().map(s -> new Scored(s, pace.timeS(s))).toList();
    List<Scored> finalists =
        finalists(screened).stream().map(f -> refineOne(f, space, pace::timeS)).toList();
    List<StrategyOutcome> ranked = monteCarlo(finalists, eval, pace, space, seed);
    // plans with the full second round first: a first-round estimate is too noisy to recommend
    ranked.sort(
        Comparator.comparingInt((StrategyOutcome o) -> o.races() >= settings.races() ? 0 : 1)
            .thenComparingDouble(StrategyOutcome::meanPosition)
            .thenComparingDouble(StrategyOutcome::meanFinishS));
    String radio = RadioCall.compose(ranked, race, fit, compoundsSoftToHard(race));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    double deg = fit.map(PaceFit::degSPerLap).orElse(Double.NaN);
    return new StrategyReport(
        StrategyReport.State.READY,
        "",
        race.lapsCompleted(),
        total,
        List.copyOf(ranked),
        radio,
        deg,
        coarse.size(),
        ms);
  }

  private Optional<String> validate(RaceSoFar race) {
    if (!file.drivers().containsKey(race.ourDriver())) {
      return Optional.of("driver " + race.ourDriver() + " is not in " + file.sourceName());
    }
    if (race.lapsCompleted() < MIN_LAPS) {
      return Optional.of(race.lapsCompleted() + " of " + MIN_LAPS + " laps completed");
    }
    if (race.lapsCompleted() >= file.rules().totalLaps() - StrategySpace.MIN_STINT_LAPS) {
      return Optional.of("too close to the flag for a stop");
    }
    if (!file.tyres().get(race.ourDriver()).compounds().containsKey(race.compound())) {
      return Optional.of("unknown compound " + race.compound() + " for " + race.ourDriver());
    }
    return Optional.empty();
  }

  private StrategySpace space(RaceSoFar race, WhatIf whatIf) {
    Set<String> used = new HashSet<>();
    race.stopsSoFar().forEach(p -> used.add(p.compound()));
    used.add(race.compound());
    List<String> compounds = new ArrayList<>();
    for (String c : compoundsSoftToHard(race)) {
      if (whatIf.availableCompounds().isEmpty() || whatIf.availableCompounds().contains(c)) {
        compounds.add(c);
      }
    }
    // the F1 rule (two dry compounds) binds wherever the series has two; a spec tyre cannot
    boolean twoCompoundRule = compoundsSoftToHard(race).size() >= 2;
    return new StrategySpace(
        race.lapsCompleted(), file.rules().totalLaps(), compounds, used, twoCompoundRule);
  }

  /** Our dry compounds, softest (highest A number) first. */
  List<String> compoundsSoftToHard(RaceSoFar race) {
    return dryCompoundsSoftToHard(race.ourDriver());
  }

  /** Dry compounds {@code driver} has in the race file, softest (highest A number) first. */
  public List<String> dryCompoundsSoftToHard(String driver) {
    TyreParams t = file.tyres().get(driver);
    return t.compounds().keySet().stream()
        .filter(c -> !StrategySpace.isWet(c))
        .sorted(Comparator.reverseOrder())
        .toList();
  }

  public int totalLaps() {
    return file.rules().totalLaps();
  }

  record Scored(Strategy plan, double timeS) {}

  /** Best plan of each family, best families first, at most {@code settings.families()}. */
  private List<Scored> finalists(List<Scored> screened) {
    List<Scored> sorted = new ArrayList<>(screened);
    sorted.sort(Comparator.comparingDouble(Scored::timeS));
    List<Scored> out = new ArrayList<>();
    for (Scored s : sorted) {
      boolean clearlyBad = s.timeS() > sorted.get(0).timeS() + settings.clearlyBadS();
      if (out.size() < settings.families()
          && (!clearlyBad || out.size() < CONTENDERS)
          && out.stream().noneMatch(o -> o.plan().sameFamily(s.plan()))) {
        out.add(s);
      }
    }
    return out;
  }

  /** Coordinate descent: each stop moved lap by lap within the coarse step, best kept. */
  private static Scored refineOne(Scored f, StrategySpace space, ToDoubleFunction<Strategy> time) {
    Scored best = f;
    for (int i = 0; i < f.plan().stops(); i++) {
      int radius = Math.max(1, 2 * f.plan().stops() - 1);
      for (int d = -radius; d <= radius; d++) {
        Strategy moved = move(best.plan(), i, d);
        if (d != 0 && moved != null && space.legal(moved) && isOrdered(moved, space)) {
          double t = time.applyAsDouble(moved);
          best = t < best.timeS() ? new Scored(moved, t) : best;
        }
      }
    }
    return best;
  }

  private static boolean isOrdered(Strategy s, StrategySpace space) {
    return space.neighbours(s, 0).size() == 1;
  }

  static Strategy move(Strategy s, int index, int deltaLaps) {
    List<PitStop> stops = new ArrayList<>(s.futureStops());
    PitStop p = stops.get(index);
    stops.set(index, new PitStop(p.inlap() + deltaLaps, p.compound(), 0, 0.0));
    return new Strategy(stops);
  }

  /**
   * Two rounds: every finalist gets {@code settings.racesForBad()} races; the best {@link
   * #CONTENDERS} by mean position are rerun with {@code settings.races()} on the same streams.
   */
  private List<StrategyOutcome> monteCarlo(
      List<Scored> finalists,
      StrategyEvaluator eval,
      OwnPace pace,
      StrategySpace space,
      long seed) {
    List<StrategyOutcome> first =
        parallel(
            finalists,
            f -> {
              int[] window = PitWindow.of(f.plan(), pace, space);
              return eval.monteCarlo(f.plan(), settings.racesForBad(), seed, window[0], window[1]);
            });
    List<StrategyOutcome> sorted = new ArrayList<>(first);
    sorted.sort(Comparator.comparingDouble(StrategyOutcome::meanPosition));
    List<StrategyOutcome> contenders = sorted.subList(0, Math.min(CONTENDERS, sorted.size()));
    List<StrategyOutcome> again =
        parallel(
            contenders,
            o ->
                eval.monteCarlo(
                    o.strategy(),
                    settings.races(),
                    seed,
                    o.pitWindowFromLap(),
                    o.pitWindowToLap()));
    List<StrategyOutcome> out = new ArrayList<>(again);
    out.addAll(sorted.subList(contenders.size(), sorted.size()));
    return out;
  }

  private <A, B> List<B> parallel(List<A> in, Function<A, B> f) {
    int chunks = Math.max(1, Math.min(settings.parallelism(), in.size()));
    List<CompletableFuture<List<B>>> futures = new ArrayList<>();
    for (int k = 0; k < chunks; k++) {
      List<A> part = in.subList(in.size() * k / chunks, in.size() * (k + 1) / chunks);
      futures.add(CompletableFuture.supplyAsync(() -> part.stream().map(f).toList(), executor));
    }
    List<B> out = new ArrayList<>();
    futures.forEach(fu -> out.addAll(fu.join()));
    return out;
  }
}
