package dev.pitwall.analytics.race.montecarlo;

import dev.pitwall.analytics.race.engine.RaceEvents;
import dev.pitwall.analytics.race.engine.RaceSimulator;
import dev.pitwall.analytics.race.engine.ResultStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs independent Monte Carlo races on an injected executor. Race i draws everything from its own
 * generator seeded from (seed, i, attempt), so a seed gives the same summary for any parallelism
 * and any executor (a same-thread executor in tests). Races run in batches; after each batch the
 * stopping rule (every driver's SE of P(win) below target) is checked on whole batches only.
 *
 * <p>{@link #run} blocks its caller until done: call it from a background thread, never the FX
 * thread. One run at a time per instance.
 */
public final class MonteCarloRunner {
  private static final int MAX_ATTEMPTS = 50;

  private final StochasticRace race;
  private final Executor executor;
  private final int n;
  private final int laps;

  public MonteCarloRunner(StochasticRace race, Executor executor) {
    this.race = race;
    this.executor = executor;
    this.n = race.race().driverCount();
    this.laps = race.race().totalLaps();
  }

  /** Per-race outcomes, indexed [race * n + driver]; each task writes its own slice. */
  private static final class Outcomes {
    final byte[] position;
    final boolean[] dnf;
    final double[] finishS;
    final byte[] scCount;
    final byte[] vscCount;
    final int[] invalidPerRace;
    final boolean[] valid;

    Outcomes(int races, int n) {
      valid = new boolean[races];
      position = new byte[races * n];
      dnf = new boolean[races * n];
      finishS = new double[races * n];
      scCount = new byte[races];
      vscCount = new byte[races];
      invalidPerRace = new int[races];
    }
  }

  /** Thread-confined engine state; worker k of every batch uses context k. */
  private final class Worker {
    final RaceSimulator sim = new RaceSimulator(race.race());
    final RandomEventGenerator gen = new RandomEventGenerator(race);
    final RaceEvents events = new RaceEvents(n);
    ResultStatus lastInvalid;

    void simulate(Outcomes out, long seed, int from, int to) {
      for (int i = from; i < to; i++) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
          SplittableRandom rng = new SplittableRandom(seedFor(seed, i, attempt));
          gen.draw(rng, events);
          ResultStatus status = sim.run(events, race.noise(rng));
          if (status == ResultStatus.VALID) {
            record(out, i);
            break;
          }
          out.invalidPerRace[i]++;
          lastInvalid = status;
        }
      }
    }

    private void record(Outcomes out, int i) {
      for (int d = 0; d < n; d++) {
        out.position[i * n + d] = (byte) sim.finalPosition(d);
        out.dnf[i * n + d] = sim.retired(d);
        out.finishS[i * n + d] = sim.raceTimeS(laps, d);
      }
      out.valid[i] = true;
      out.scCount[i] = (byte) events.count(true);
      out.vscCount[i] = (byte) events.count(false);
    }
  }

  /** Runs to completion (or the stopping rule) without progress reports. */
  public MonteCarloSummary run(MonteCarloRequest req) {
    return run(req, partial -> true);
  }

  /**
   * Runs batch by batch; after each batch {@code listener} gets the summary so far (on the calling
   * thread) and returns false to stop (cancel). The returned summary covers the races done.
   */
  public MonteCarloSummary run(MonteCarloRequest req, MonteCarloListener listener) {
    List<Worker> workers = new ArrayList<>();
    for (int k = 0; k < req.parallelism(); k++) {
      workers.add(new Worker());
    }
    Outcomes out = new Outcomes(req.maxRaces(), n);
    int done = 0;
    boolean early = false;
    while (done < req.maxRaces()) {
      int end = Math.min(done + req.batchSize(), req.maxRaces());
      runBatch(workers, out, req.seed(), done, end);
      done = end;
      if (countValid(out, done) == 0) {
        // every attempt of every race so far was invalid (e.g. a finisher with one compound)
        break;
      }
      if (done < req.maxRaces()
          && done >= req.minRaces()
          && req.targetStdError() > 0
          && converged(out, done, req.targetStdError())) {
        early = true;
        break;
      }
      if (done < req.maxRaces() && !listener.onBatch(summarise(workers, out, done, false, req))) {
        break;
      }
    }
    return summarise(workers, out, done, early, req);
  }

  private MonteCarloSummary summarise(
      List<Worker> workers, Outcomes out, int done, boolean early, MonteCarloRequest req) {
    ResultStatus reason = null;
    for (Worker w : workers) {
      reason = w.lastInvalid != null ? w.lastInvalid : reason;
    }
    return new MonteCarloAggregator(race.race().initials(), n)
        .summarise(
            out.position,
            out.dnf,
            out.finishS,
            out.scCount,
            out.vscCount,
            out.invalidPerRace,
            out.valid,
            done,
            early,
            req.seed(),
            reason);
  }

  private void runBatch(List<Worker> workers, Outcomes out, long seed, int from, int to) {
    int tasks = workers.size();
    int size = to - from;
    CompletableFuture<?>[] futures = new CompletableFuture<?>[tasks];
    for (int k = 0; k < tasks; k++) {
      int a = from + (int) ((long) size * k / tasks);
      int b = from + (int) ((long) size * (k + 1) / tasks);
      Worker w = workers.get(k);
      futures[k] = CompletableFuture.runAsync(() -> w.simulate(out, seed, a, b), executor);
    }
    CompletableFuture.allOf(futures).join();
  }

  private static int countValid(Outcomes out, int races) {
    int c = 0;
    for (int i = 0; i < races; i++) {
      c += out.valid[i] ? 1 : 0;
    }
    return c;
  }

  private boolean converged(Outcomes out, int done, double target) {
    int races = countValid(out, done);
    for (int d = 0; d < n; d++) {
      int wins = 0;
      for (int i = 0; i < done; i++) {
        if (out.valid[i] && out.position[i * n + d] == 1) {
          wins++;
        }
      }
      double p = (double) wins / races;
      if (Math.sqrt(p * (1 - p) / races) >= target) {
        return false;
      }
    }
    return true;
  }

  /** SplitMix64-style mixing of (seed, race, attempt) into an independent stream seed. */
  static long seedFor(long seed, int raceIndex, int attempt) {
    long z = seed * 0x9E3779B97F4A7C15L + raceIndex;
    z = mix(z) + attempt * 0xBF58476D1CE4E5B9L;
    return mix(z);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
