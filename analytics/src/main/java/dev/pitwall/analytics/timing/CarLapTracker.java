package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
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
    lapNumber++;
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
      rememberBest(lap);
    }
    onLap.accept(lap);
  }

  private void rememberBest(Lap lap) {
    if (bestLap == null || lap.lapTimeS() < bestLap.lapTimeS()) {
      bestLap = lap;
      bestTrace = trace;
    }
    for (int i = 0; i < bestSectorsS.length; i++) {
      double s = lap.sectorTimesS().get(i);
      if (Double.isNaN(bestSectorsS[i]) || s < bestSectorsS[i]) {
        bestSectorsS[i] = s;
      }
    }
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
