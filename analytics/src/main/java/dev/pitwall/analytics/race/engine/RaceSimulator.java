package dev.pitwall.analytics.race.engine;

import java.util.Arrays;

/**
 * Lap-discrete race engine reproducing the TUM reference model (Heilmeier et al. 2018/2020) step by
 * step (ADR 0101): pit out-laps, lap times, neutralisations, car ageing, retirements, overtaking,
 * pit in-laps, neutralisation bookkeeping, race times; then laps after the winner's finish are cut
 * and the reference's plausibility checks run. All state lives in primitive arrays ({@link
 * RaceState}) sized once per race definition and reused, so a lap allocates nothing.
 *
 * <p>Not thread-safe: use one simulator per thread (they are cheap); the {@link CompiledRace} may
 * be shared.
 */
public final class RaceSimulator {
  private final RaceState s;
  private final PitLane pitLane;
  private final LapTimeModel lapTimes;
  private final NeutralisationStep neutralisations;
  private final TrackOrder trackOrder;
  private final RaceFinisher finisher;

  public RaceSimulator(CompiledRace race) {
    s = new RaceState(race);
    pitLane = new PitLane(s);
    lapTimes = new LapTimeModel(s);
    neutralisations = new NeutralisationStep(s);
    trackOrder = new TrackOrder(s);
    finisher = new RaceFinisher(s);
  }

  public CompiledRace race() {
    return s.race;
  }

  /** Replays the race deterministically with {@code given} events; returns a copied result. */
  public RaceResult simulate(RaceEvents given) {
    run(given, null);
    return toResult();
  }

  /**
   * Runs the race in place (no result copy); read it through the accessors. {@code noise} null =
   * deterministic. {@code given} is copied, not modified. Returns the validity status.
   */
  public ResultStatus run(RaceEvents given, RaceNoise noise) {
    s.noise = noise;
    s.reset(given);
    for (int lap = 1; lap <= s.laps; lap++) {
      simulateLap(lap);
    }
    finisher.finish();
    return s.status;
  }

  /**
   * Runs laps 1..{@code lap} and returns the state at the end of {@code lap} (0 = the grid); the
   * simulator is then left mid-race. {@code given} is copied, not modified.
   */
  public RaceSnapshot runTo(RaceEvents given, RaceNoise noise, int lap) {
    if (lap < 0 || lap > s.laps) {
      throw new IllegalArgumentException("lap " + lap + " outside 0.." + s.laps);
    }
    s.noise = noise;
    s.reset(given);
    for (int l = 1; l <= lap; l++) {
      simulateLap(l);
    }
    return RaceSnapshot.capture(s, lap);
  }

  /**
   * Continues a race from {@code from}: only laps {@code from.lap()+1 .. end} are simulated, then
   * the race is finished as {@link #run} does. {@code future} (null = none) adds events after the
   * snapshot: given in race progress they are converted with the reference's pre-simulation and
   * shifted so that its lap {@code from.lap()} falls on the snapshot's leader race time; a driver's
   * future retirement replaces none known. The car strategies and tyre models are this simulator's
   * race; each car continues on the set of its snapshot stint index. Returns the validity status;
   * read the race through the accessors.
   */
  public ResultStatus runFrom(RaceSnapshot from, RaceEvents future, RaceNoise noise) {
    s.noise = noise;
    from.restoreInto(s);
    if (future != null && (future.phaseCount > 0 || hasRetirement(future))) {
      FutureEvents.merge(s, from, future);
    }
    for (int lap = from.lap + 1; lap <= s.laps; lap++) {
      simulateLap(lap);
    }
    finisher.finish();
    return s.status;
  }

  /** As {@link #runFrom} but stops at the end of {@code lap} and returns that state (no finish). */
  public RaceSnapshot runFromTo(RaceSnapshot from, RaceEvents future, RaceNoise noise, int lap) {
    if (lap < from.lap || lap > s.laps) {
      throw new IllegalArgumentException("lap " + lap + " outside " + from.lap + ".." + s.laps);
    }
    s.noise = noise;
    from.restoreInto(s);
    if (future != null && (future.phaseCount > 0 || hasRetirement(future))) {
      FutureEvents.merge(s, from, future);
    }
    for (int l = from.lap + 1; l <= lap; l++) {
      simulateLap(l);
    }
    return RaceSnapshot.capture(s, lap);
  }

  /** Deterministic continuation from {@code from} with its own events; a copied result. */
  public RaceResult simulateFrom(RaceSnapshot from) {
    runFrom(from, null, null);
    return toResult();
  }

  private static boolean hasRetirement(RaceEvents ev) {
    for (double at : ev.retireAt) {
      if (!Double.isNaN(at)) {
        return true;
      }
    }
    return false;
  }

  private void simulateLap(int lap) {
    int n = s.n;
    System.arraycopy(s.pos, (lap - 1) * n, s.pos, lap * n, n);
    pitLane.pitOutlaps(lap);
    lapTimes.lapTimes(lap);
    neutralisations.neutralisations(lap);
    lapTimes.ageCars(lap);
    trackOrder.retirements(lap);
    trackOrder.overtaking(lap);
    pitLane.pitInlaps(lap);
    neutralisations.fcyChecks(lap);
    int row = lap * n;
    for (int d = 0; d < n; d++) {
      if (s.driving[row + d]) {
        s.raceT[row + d] = s.raceT[row - n + d] + s.lapT[row + d];
      }
    }
  }

  /** Times the reference would have aborted on a negative fuel remainder (clamped here). */
  public int fuelClamps() {
    return s.fuelClamps;
  }

  public ResultStatus status() {
    return s.status;
  }

  /** Final position of driver d after the last run. */
  public int finalPosition(int d) {
    return s.pos[s.laps * s.n + d];
  }

  /** True if driver d retired in the last run. */
  public boolean retired(int d) {
    return s.retired(d);
  }

  /** Race time of driver d at the end of {@code lap} (NaN if not completed), s. */
  public double raceTimeS(int lap, int d) {
    return s.raceT[lap * s.n + d];
  }

  /** Copies the last run into an immutable-by-convention result. */
  public RaceResult toResult() {
    int n = s.n;
    int laps = s.laps;
    double[][] lt = new double[laps + 1][];
    double[][] rt = new double[laps + 1][];
    int[][] ps = new int[laps + 1][];
    byte[][] inf = new byte[laps + 1][];
    for (int lap = 0; lap <= laps; lap++) {
      lt[lap] = Arrays.copyOfRange(s.lapT, lap * n, lap * n + n);
      rt[lap] = Arrays.copyOfRange(s.raceT, lap * n, lap * n + n);
      ps[lap] = Arrays.copyOfRange(s.pos, lap * n, lap * n + n);
      inf[lap] = Arrays.copyOfRange(s.influence, lap * n, lap * n + n);
    }
    boolean[] ret = new boolean[n];
    for (int d = 0; d < n; d++) {
      ret[d] = s.retired(d);
    }
    return new RaceResult(s.race.initials(), laps, lt, rt, ps, inf, ret, s.status);
  }
}
