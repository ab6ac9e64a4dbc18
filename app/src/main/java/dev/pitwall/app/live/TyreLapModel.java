package dev.pitwall.app.live;

import dev.pitwall.analytics.tyre.DriftStatus;
import dev.pitwall.analytics.tyre.DriftTracker;
import dev.pitwall.analytics.tyre.ml.Estimate;
import dev.pitwall.analytics.tyre.ml.LapEnergyExtractor;
import dev.pitwall.analytics.tyre.ml.LapFeatures;
import dev.pitwall.analytics.tyre.ml.NumericFeature;
import dev.pitwall.analytics.tyre.ml.TelemetryTyrePredictor;
import dev.pitwall.analytics.tyre.ml.TyrePrediction;
import dev.pitwall.app.ui.strategy.TyreModelView;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tyre model over our car's completed laps: each clean lap's telemetry becomes features (as in
 * training, {@code SessionTrainingLaps}), its loss against the stint's best lap so far is compared
 * with the prediction made one lap earlier ({@link DriftTracker}), and the next lap is predicted
 * from this lap's energy at one lap more of tyre age and the fuel left. A fall of mean wear by more
 * than a point starts a new stint. Confined to one thread (the tyre worker).
 */
final class TyreLapModel {
  static final double MEDIAN_FACTOR = 1.07;
  static final double MIN_COVERAGE = 0.9;
  static final double NEW_SET_WEAR_DROP_PCT = 1.0;
  static final int DRIFT_WINDOW_LAPS = 10;
  static final String COMPOUND = "UNKNOWN";
  private static final String[] CORNERS = {"FL", "FR", "RL", "RR"};

  private final TelemetryTyrePredictor predictor;
  private final String modelLine;
  private final String track;
  private final LapEnergyExtractor extractor = new LapEnergyExtractor();
  private final List<Double> validLapS = new ArrayList<>();
  private final List<LapFeatures> stint = new ArrayList<>();
  private int stintLaps; // clean laps of the stint so far, with or without kept telemetry
  private DriftTracker drift = new DriftTracker(DRIFT_WINDOW_LAPS);
  private double bestS = Double.POSITIVE_INFINITY;
  private double wearEndPct = Double.NaN;
  private int pendingLap;
  private TyrePrediction pending;
  private double lastErrorS = Double.NaN;
  private TyreModelView shown;
  private LapFeatures nextLap;
  private LapFeatures stintAverage;

  TyreLapModel(TelemetryTyrePredictor predictor, String modelLine, String track) {
    this.predictor = predictor;
    this.modelLine = modelLine;
    this.track = track;
    this.shown = TyreModelView.message(modelLine, "waiting for a clean lap of our car");
  }

  /** Forgets the laps (a replay seek): the next laps start a new stint and a new drift window. */
  TyreModelView restart() {
    validLapS.clear();
    stint.clear();
    stintLaps = 0;
    drift = new DriftTracker(DRIFT_WINDOW_LAPS);
    bestS = Double.POSITIVE_INFINITY;
    wearEndPct = Double.NaN;
    pending = null;
    nextLap = null;
    lastErrorS = Double.NaN;
    shown = TyreModelView.message(modelLine, "restarted at the replay position");
    return shown;
  }

  /**
   * A lap whose samples were not seen (before a replay seek): it still counts for the tyre age, the
   * stint's best lap and the median lap time.
   */
  void lapWithoutTelemetry(Lap lap) {
    if (lap.valid() && clean(lap) == null) {
      stintLaps++;
      bestS = Math.min(bestS, lap.lapTimeS());
    }
  }

  TyreModelView shown() {
    return shown;
  }

  /** The lap could not be predicted (the engine failed): say so, keep the last prediction. */
  TyreModelView failed(Lap lap, RuntimeException e) {
    pending = null;
    shown = shown.withStatus("lap " + lap.number() + ": tyre model failed: " + e, driftView());
    return shown;
  }

  /**
   * The shown prediction with its explanation (top three contributions against the stint average),
   * computed now if it was left out; about 19 model rows, so only when on screen.
   */
  TyreModelView explained() {
    if (shown.forLap() > 0 && shown.explanation().isEmpty() && nextLap != null) {
      shown = shown.withExplanation(predictor.predict(nextLap, stintAverage).explanation());
    }
    return shown;
  }

  /**
   * One completed lap of our car with its samples by channel name; returns what to show. The
   * prediction is one model row (the live-path latency); {@code explain} adds the explanation.
   */
  TyreModelView lap(Lap lap, Map<String, SampleBlock> blocks, boolean explain) {
    double[] wearEnd = startStintIfNewSet(blocks);
    String reason = unusable(lap, blocks);
    if (reason != null) {
      pending = null;
      shown = shown.withStatus("lap " + lap.number() + " not used: " + reason, driftView());
      return shown;
    }
    double ageLaps = stintLaps + 1;
    LapFeatures features;
    try {
      double fuelStartL = first(blocks.get("fuel"));
      var context = new LapEnergyExtractor.LapContext(track, COMPOUND, ageLaps, fuelStartL);
      features = extractor.fromBlocks(blocks, context);
    } catch (IllegalArgumentException e) {
      pending = null;
      shown = shown.withStatus("lap " + lap.number() + " not used: " + e.getMessage(), driftView());
      return shown;
    }
    bestS = Math.min(bestS, lap.lapTimeS());
    double lossS = lap.lapTimeS() - bestS;
    if (pending != null && pendingLap == lap.number()) {
      drift.record(pending.forDriftTracking(lap.number(), ageLaps), lossS);
      lastErrorS = lossS - pending.lapTimeLossS().value();
    }
    stint.add(features);
    stintLaps++;
    TyreModelView v = predictNext(lap, features, ageLaps, lossS, wearEnd, last(blocks.get("fuel")));
    return explain ? explained() : v;
  }

  private TyreModelView predictNext(
      Lap lap, LapFeatures features, double ageLaps, double lossS, double[] wearNow, double fuelL) {
    LapFeatures next = features.with(NumericFeature.TYRE_AGE_LAPS, ageLaps + 1);
    if (Double.isFinite(fuelL)) {
      next = next.with(NumericFeature.FUEL_L, fuelL);
    }
    long t0 = System.nanoTime();
    TyrePrediction p = predictor.predictAll(List.of(next)).get(0);
    double millis = (System.nanoTime() - t0) / 1e6;
    nextLap = next;
    stintAverage = LapFeatures.average(stint);
    pending = finite(p) ? p : null;
    pendingLap = lap.number() + 1;
    String status =
        String.format(
            Locale.ROOT,
            "lap %d: %.3f s, loss %+.2f s vs stint best, tyre age %.0f laps",
            lap.number(),
            lap.lapTimeS(),
            lossS,
            ageLaps);
    if (pending == null) {
      shown = shown.withStatus(status + " · prediction not finite: not shown", driftView());
      return shown;
    }
    double[][] wear = new double[4][];
    for (int c = 0; c < 4; c++) {
      wear[c] = interval(p.wearPct().get(c));
    }
    shown =
        new TyreModelView(
            modelLine,
            status,
            pendingLap,
            interval(p.lapTimeLossS()),
            wear,
            wearNow,
            p.explanation(),
            driftView(),
            millis);
    return shown;
  }

  private TyreModelView.Drift driftView() {
    DriftStatus s = drift.status();
    return new TyreModelView.Drift(
        s.laps(), lastErrorS, s.meanErrorS(), s.maeS(), s.coverage80(), s.drifting(), s.reason());
  }

  /** A fall of mean wear since the end of the last lap is a new set: a new stint. */
  private double[] startStintIfNewSet(Map<String, SampleBlock> blocks) {
    double[] wearEnd = wearAt(blocks, false);
    if (mean(wearAt(blocks, true)) < wearEndPct - NEW_SET_WEAR_DROP_PCT) {
      stint.clear();
      stintLaps = 0;
      bestS = Double.POSITIVE_INFINITY;
      pending = null;
    }
    wearEndPct = mean(wearEnd);
    return wearEnd;
  }

  /** Why the lap is not a clean lap with telemetry, or null. Remembers valid lap times. */
  private String unusable(Lap lap, Map<String, SampleBlock> blocks) {
    if (!lap.valid()) {
      return "not a valid lap (out-lap, in-lap or cut short)";
    }
    String slow = clean(lap);
    if (slow != null) {
      return slow;
    }
    SampleBlock speed = blocks.get("speed");
    double coveredS =
        speed == null || speed.size() < 2
            ? 0
            : (speed.lastTimeNanos() - speed.firstTimeNanos()) / 1e9;
    if (coveredS < MIN_COVERAGE * lap.lapTimeS()) {
      return String.format(
          Locale.ROOT, "telemetry covers %.1f s of the %.1f s lap", coveredS, lap.lapTimeS());
    }
    return null;
  }

  /** Null if the valid lap is within 1.07 × the median valid lap so far; remembers its time. */
  private String clean(Lap lap) {
    validLapS.add(lap.lapTimeS());
    List<Double> sorted = validLapS.stream().sorted().toList();
    double median = sorted.get(sorted.size() / 2);
    return lap.lapTimeS() > MEDIAN_FACTOR * median
        ? String.format(Locale.ROOT, "%.1f s is slower than 1.07 × median", lap.lapTimeS())
        : null;
  }

  private static boolean finite(TyrePrediction p) {
    boolean ok = finite(p.lapTimeLossS());
    for (Estimate e : p.wearPct()) {
      ok &= finite(e);
    }
    return ok;
  }

  private static boolean finite(Estimate e) {
    return Double.isFinite(e.value() + e.lower80() + e.upper80());
  }

  private static double[] interval(Estimate e) {
    return new double[] {e.value(), e.lower80(), e.upper80()};
  }

  private static double[] wearAt(Map<String, SampleBlock> blocks, boolean start) {
    double[] out = new double[4];
    for (int c = 0; c < 4; c++) {
      SampleBlock b = blocks.get("tyreWear" + CORNERS[c]);
      out[c] = start ? first(b) : last(b);
    }
    return out;
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double first(SampleBlock b) {
    return b == null || b.isEmpty() ? Double.NaN : b.value(0);
  }

  private static double last(SampleBlock b) {
    return b == null || b.isEmpty() ? Double.NaN : b.value(b.size() - 1);
  }
}
