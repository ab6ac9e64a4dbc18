package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lap and sector timing of one car from its {@code lapDistance} samples. Confined to the {@link
 * LapTimer}'s consumer thread; it hands out immutable {@link LapBoard}s.
 */
final class CarLapTracker {
  private static final Logger log = LoggerFactory.getLogger(CarLapTracker.class);
  private static final int LOGGED_GLITCHES = 10;

  private final int car;
  private final double[] sectorEndsM;
  private final double lapLengthM;
  private final double lineToleranceM;
  private final CrossingRules rules;
  private final Consumer<Lap> onLap;

  private boolean hasLast;
  private long lastT;
  private double lastD;
  private double lastSpeedMps = Double.NaN;
  private long rejectedSinceT = -1;
  private long ignoredJumps;

  private int lapNumber; // 0 = partial lap before the first crossing
  private int priorLastNumber; // last lap timed before this timer started (continued session)
  private long lapStartT;
  private long sectorStartT;
  private int nextSector;
  private boolean lapDisturbed;
  private final List<Double> sectorTimesS = new ArrayList<>();
  private DistanceTrace trace = new DistanceTrace();

  private List<Lap> completed = List.of();
  private Lap bestLap;
  private DistanceTrace bestTrace;
  private final double[] bestSectorsS;

  CarLapTracker(int car, double[] sectorEndsM, CrossingRules rules, Consumer<Lap> onLap) {
    this.car = car;
    this.sectorEndsM = sectorEndsM;
    this.lapLengthM = sectorEndsM[sectorEndsM.length - 1];
    this.lineToleranceM = Math.min(rules.lineToleranceM(), lapLengthM / 4);
    this.rules = rules;
    this.onLap = onLap;
    this.bestSectorsS = new double[sectorEndsM.length];
    Arrays.fill(bestSectorsS, Double.NaN);
  }

  /** Feeds one sample: {@code t} ns since session start, {@code d} metres from the line. */
  void accept(long t, double d) {
    if (!hasLast) {
      if (Double.isFinite(d)) {
        hasLast = true;
        remember(t, d);
      }
      return;
    }
    long dt = t - lastT;
    if (dt <= 0 || !Double.isFinite(d)) {
      reject(t, d, dt <= 0 ? "time does not advance" : "value is not a number");
      return;
    }
    double maxTravelM = rules.maxTravelM(dt);
    if (isLineCrossing(d, maxTravelM)) {
      crossLine(t, d, dt);
    } else if (d - lastD < -rules.slackM()) {
      reject(t, d, "drop away from the line");
      return;
    } else if (d - lastD > maxTravelM) {
      reject(t, d, "forward jump");
      return;
    } else {
      if (dt > rules.maxGapNanos()) {
        lapDisturbed = true;
      }
      crossSectors(t, d);
      lastSpeedMps = (d - lastD) / (dt / 1e9);
    }
    remember(t, d);
  }

  private boolean isLineCrossing(double d, double maxTravelM) {
    return d < lastD - rules.slackM()
        && d <= lineToleranceM
        && lastD >= lapLengthM - lineToleranceM
        && Math.max(0, lapLengthM - lastD) + d <= maxTravelM;
  }

  private void remember(long t, double d) {
    lastT = t;
    lastD = d;
    rejectedSinceT = -1;
    if (lapNumber > 0) {
      trace.add(d, t - lapStartT);
    }
  }

  private void reject(long t, double d, String why) {
    ignoredJumps++;
    if (ignoredJumps <= LOGGED_GLITCHES) {
      log.warn(
          "lapDistance of car {} at t={} ns: {} ({} m after {} m) ignored, {} so far",
          car,
          t,
          why,
          d,
          lastD,
          ignoredJumps);
    }
    if (rejectedSinceT < 0) {
      rejectedSinceT = lastT;
    }
    if (Double.isFinite(d) && t - rejectedSinceT > rules.resyncAfterNanos()) {
      resync(t, d);
    }
  }

  /** The car really is somewhere else now (source restart, tow): follow it, void the lap. */
  private void resync(long t, double d) {
    log.warn("lapDistance of car {}: following new position {} m at t={} ns", car, d, t);
    lapDisturbed = true;
    nextSector = 0;
    while (nextSector < sectorEndsM.length - 1 && sectorEndsM[nextSector] <= d) {
      nextSector++;
    }
    sectorTimesS.clear();
    lastSpeedMps = Double.NaN;
    remember(t, d);
    sectorStartT = Long.MIN_VALUE; // sectors of this lap are no longer consistent
  }

  private void crossLine(long t, double d, long dt) {
    long crossT = lastT + Math.round(crossingFraction(d, dt) * dt);
    boolean gap = dt > rules.maxGapNanos();
    if (lapNumber > 0) {
      lapDisturbed |= gap;
      finishLap(crossT);
    }
    lapNumber = lapNumber > 0 ? lapNumber + 1 : priorLastNumber + 1;
    lapStartT = crossT;
    sectorStartT = crossT;
    nextSector = 0;
    sectorTimesS.clear();
    lapDisturbed = gap;
    trace = new DistanceTrace();
    trace.add(0, 0);
    lastD = 0;
    lastT = crossT;
    crossSectors(t, d);
  }

  /**
   * Where between the previous and this sample the line was crossed, 0..1, assuming constant speed.
   * If the source's lap is longer than the nominal one (previous sample already past it), the time
   * is extrapolated back from this sample with the speed of the previous interval.
   */
  private double crossingFraction(double d, long dt) {
    double beforeM = lapLengthM - lastD;
    if (beforeM >= 0) {
      return beforeM + d > 0 ? beforeM / (beforeM + d) : 0;
    }
    if (!(lastSpeedMps > 0)) {
      return 0;
    }
    double afterS = d / lastSpeedMps;
    return Math.clamp(1 - afterS / (dt / 1e9), 0.0, 1.0);
  }

  private void crossSectors(long t, double d) {
    while (lapNumber > 0
        && nextSector < sectorEndsM.length - 1
        && d >= sectorEndsM[nextSector]
        && lastD < sectorEndsM[nextSector]) {
      double f = (sectorEndsM[nextSector] - lastD) / (d - lastD);
      long boundaryT = lastT + Math.round(f * (t - lastT));
      if (sectorStartT != Long.MIN_VALUE) {
        sectorTimesS.add((boundaryT - sectorStartT) / 1e9);
      }
      sectorStartT = boundaryT;
      nextSector++;
    }
  }

  private void finishLap(long endT) {
    List<Double> sectors = new ArrayList<>(sectorTimesS);
    boolean sectorsComplete =
        sectorStartT != Long.MIN_VALUE && sectors.size() == sectorEndsM.length - 1;
    if (sectorsComplete) {
      sectors.add((endT - sectorStartT) / 1e9);
    } else {
      sectors.clear();
    }
    Lap lap = new Lap(car, lapNumber, lapStartT, endT, sectors, !lapDisturbed && sectorsComplete);
    trace.add(Math.max(lapLengthM, trace.lastDistanceM() + 1e-6), endT - lapStartT);
    List<Lap> laps = new ArrayList<>(completed);
    laps.add(lap);
    completed = List.copyOf(laps);
    if (lap.valid()) {
      rememberBest(lap, trace);
    }
    onLap.accept(lap);
  }

  private void rememberBest(Lap lap, DistanceTrace lapTrace) {
    if (bestLap == null || lap.lapTimeS() < bestLap.lapTimeS()) {
      bestLap = lap;
      bestTrace = lapTrace;
    }
    if (lap.sectorTimesS().size() != bestSectorsS.length) {
      return; // a stored lap of a continued session timed without these sectors
    }
    for (int i = 0; i < bestSectorsS.length; i++) {
      double s = lap.sectorTimesS().get(i);
      if (Double.isNaN(bestSectorsS[i]) || s < bestSectorsS[i]) {
        bestSectorsS[i] = s;
      }
    }
  }

  /**
   * Takes over the laps timed before this tracker started (a continued recording): they are listed
   * first, count for the best lap and sectors, and the next lap is numbered after the last of them.
   * The lap in progress when they ended is not resumed: timing restarts at the next line crossing.
   *
   * @param prior this car's laps, in this tracker's time base
   * @param lapDistanceOf lapDistance samples of a prior lap (same time base), read only for the
   *     fastest valid one so the live delta has a reference; may be empty
   */
  void continueAfter(List<Lap> prior, Function<Lap, SampleBlock> lapDistanceOf) {
    if (hasLast || !completed.isEmpty()) {
      throw new IllegalStateException("laps can only be continued before the first sample");
    }
    List<Lap> sorted = prior.stream().sorted(Comparator.comparingInt(Lap::number)).toList();
    completed = List.copyOf(sorted);
    for (Lap lap : sorted) {
      priorLastNumber = Math.max(priorLastNumber, lap.number());
      if (lap.valid()) {
        rememberBest(lap, null);
      }
    }
    if (bestLap != null) {
      bestTrace = traceOf(bestLap, lapDistanceOf.apply(bestLap));
    }
  }

  /** The elapsed-time-by-distance trace of {@code lap} from its samples; null without any. */
  private DistanceTrace traceOf(Lap lap, SampleBlock samples) {
    DistanceTrace t = new DistanceTrace();
    t.add(0, 0);
    for (int i = 0; i < samples.size(); i++) {
      long at = samples.timeNanos(i);
      if (at > lap.startNanos() && at < lap.endNanos() && Double.isFinite(samples.value(i))) {
        t.add(samples.value(i), at - lap.startNanos());
      }
    }
    if (t.size() < 2) {
      return null;
    }
    t.add(Math.max(lapLengthM, t.lastDistanceM() + 1e-6), lap.endNanos() - lap.startNanos());
    return t;
  }

  LapBoard board() {
    double elapsedS = lapNumber > 0 ? (lastT - lapStartT) / 1e9 : Double.NaN;
    double deltaS = Double.NaN;
    if (lapNumber > 0 && bestTrace != null) {
      double bestNanos = bestTrace.elapsedNanosAt(lastD);
      deltaS = ((lastT - lapStartT) - bestNanos) / 1e9;
    }
    List<Double> best = new ArrayList<>(bestSectorsS.length);
    for (double s : bestSectorsS) {
      best.add(s);
    }
    return new LapBoard(
        car,
        completed,
        Optional.ofNullable(bestLap),
        best,
        lapNumber,
        elapsedS,
        hasLast ? lastD : Double.NaN,
        sectorTimesS,
        deltaS,
        lastT,
        ignoredJumps);
  }
}
