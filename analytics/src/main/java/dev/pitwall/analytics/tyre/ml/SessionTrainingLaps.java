package dev.pitwall.analytics.tyre.ml;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a recorded session into {@link TrainingLap}s of the own car (car 0): each clean lap's
 * channel window goes through {@link LapEnergyExtractor}; the targets are the lap time lost against
 * the stint's fastest clean lap so far (s; causal, exactly what the live path can measure at the
 * end of a lap — a hindsight "fastest lap of the whole stint" target made early-stint laps look
 * slower than live timing ever shows them) and the change of {@code tyreWearFL/FR/RL/RR} over the
 * lap (percentage points). A stint ends where the mean tyre wear drops (a new set); tyre age counts
 * laps of the stint. Clean = a valid lap of at most {@link #MEDIAN_FACTOR} × the session median. A
 * lap whose telemetry is missing or unusable is skipped and named in {@link Result#problems()},
 * never fatal. Stateless; thread-safe.
 */
public final class SessionTrainingLaps {
  public static final double MEDIAN_FACTOR = 1.07;

  /** A drop of mean wear larger than this (percentage points) between laps is a new set. */
  static final double NEW_SET_WEAR_DROP_PCT = 1.0;

  /** A lap whose speed samples span less than this share of its time is not used. */
  static final double MIN_COVERAGE = 0.9;

  static final String[] CORNERS = {"FL", "FR", "RL", "RR"};

  /**
   * The channels of our car one lap of the tyre model needs: the features, fuel and the wear the
   * labels come from. The live tyre view keeps the same channels of the lap in progress.
   */
  public static final List<String> CHANNELS =
      List.of(
          "speed",
          "accLat",
          "accLong",
          "brakePressureFront",
          "fuel",
          "tyreTempFL",
          "tyreTempFR",
          "tyreTempRL",
          "tyreTempRR",
          "tyreWearFL",
          "tyreWearFR",
          "tyreWearRL",
          "tyreWearRR");

  private static final int MAX_PROBLEMS = 10;

  /** Laps built, how many clean laps were skipped, and why (the first few). */
  public record Result(List<TrainingLap> laps, int skippedLaps, List<String> problems) {
    public Result {
      laps = List.copyOf(laps);
      problems = List.copyOf(problems);
    }
  }

  private final LapEnergyExtractor extractor = new LapEnergyExtractor();

  /**
   * Reads one stored session through the core port.
   *
   * @param compound tyre compound label (sessions do not record it)
   * @throws IllegalArgumentException naming the session when it does not exist
   */
  public Result read(SessionStore store, long sessionId, String compound) {
    SessionSummary summary =
        store
            .session(sessionId)
            .orElseThrow(() -> new IllegalArgumentException("no session " + sessionId));
    Map<String, SampleBlock> channels = new HashMap<>();
    for (ChannelSummary summaryOfChannel : store.channels(sessionId)) {
      Channel c = summaryOfChannel.channel();
      if (c.car() == 0 && CHANNELS.contains(c.name())) {
        channels.put(c.name(), store.read(sessionId, c, 0, Long.MAX_VALUE));
      }
    }
    return build(
        "session " + sessionId, summary.info().track(), compound, store.laps(sessionId), channels);
  }

  /**
   * @param laps the session's laps (any car; only car 0 is used)
   * @param channels whole-session blocks of car 0 by channel name ({@link #CHANNELS})
   */
  public Result build(
      String sessionLabel,
      String track,
      String compound,
      List<Lap> laps,
      Map<String, SampleBlock> channels) {
    List<String> problems = new ArrayList<>();
    List<String> missing = CHANNELS.stream().filter(n -> empty(channels.get(n))).toList();
    List<Lap> clean = cleanLaps(laps);
    if (!missing.isEmpty()) {
      problems.add(sessionLabel + ": no " + String.join(", ", missing) + " channel");
      return new Result(List.of(), clean.size(), problems);
    }
    List<Stint> stints = stints(clean, channels);
    List<TrainingLap> out = new ArrayList<>();
    int skipped = 0;
    for (Stint stint : stints) {
      double bestSoFarS = Double.POSITIVE_INFINITY;
      for (int i = 0; i < stint.laps.size(); i++) {
        Lap lap = stint.laps.get(i);
        bestSoFarS = Math.min(bestSoFarS, lap.lapTimeS());
        try {
          out.add(trainingLap(sessionLabel, track, compound, lap, i + 1, bestSoFarS, channels));
        } catch (IllegalArgumentException e) {
          skipped++;
          if (problems.size() < MAX_PROBLEMS) {
            problems.add(sessionLabel + " lap " + lap.number() + ": " + e.getMessage());
          }
        }
      }
    }
    return new Result(out, skipped, problems);
  }

  private TrainingLap trainingLap(
      String session,
      String track,
      String compound,
      Lap lap,
      int tyreAgeLaps,
      double bestS,
      Map<String, SampleBlock> channels) {
    Map<String, SampleBlock> window = new HashMap<>();
    channels.forEach((name, block) -> window.put(name, slice(block, lap)));
    SampleBlock speed = window.get("speed");
    double coveredS = speed.size() < 2 ? 0 : (speed.lastTimeNanos() - speed.firstTimeNanos()) / 1e9;
    if (coveredS < MIN_COVERAGE * lap.lapTimeS()) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "telemetry covers %.1f s of the %.1f s lap (dropout?)",
              coveredS,
              lap.lapTimeS()));
    }
    double fuelL = valueAt(channels.get("fuel"), lap.startNanos());
    double[] wear = new double[4];
    for (int c = 0; c < 4; c++) {
      SampleBlock w = channels.get("tyreWear" + CORNERS[c]);
      wear[c] = valueAt(w, lap.endNanos()) - valueAt(w, lap.startNanos());
      if (!Double.isFinite(wear[c])) {
        throw new IllegalArgumentException("tyreWear" + CORNERS[c] + " not finite at the lap ends");
      }
    }
    var context = new LapEnergyExtractor.LapContext(track, compound, tyreAgeLaps, fuelL);
    LapFeatures features = extractor.fromBlocks(window, context);
    return new TrainingLap(session, lap.number(), features, lap.lapTimeS() - bestS, wear);
  }

  private record Stint(List<Lap> laps) {}

  /** Splits the clean laps where the mean wear at a lap's start falls (a fresh set was fitted). */
  private static List<Stint> stints(List<Lap> clean, Map<String, SampleBlock> channels) {
    List<Stint> out = new ArrayList<>();
    List<Lap> current = new ArrayList<>();
    double previousWear = Double.NaN;
    for (Lap lap : clean) {
      double wear = meanWear(channels, lap.startNanos());
      if (!current.isEmpty() && wear < previousWear - NEW_SET_WEAR_DROP_PCT) {
        out.add(stint(current));
        current = new ArrayList<>();
      }
      current.add(lap);
      previousWear = wear;
    }
    if (!current.isEmpty()) {
      out.add(stint(current));
    }
    return out;
  }

  private static Stint stint(List<Lap> laps) {
    return new Stint(List.copyOf(laps));
  }

  private static double meanWear(Map<String, SampleBlock> channels, long tNanos) {
    double sum = 0;
    for (String c : CORNERS) {
      sum += valueAt(channels.get("tyreWear" + c), tNanos);
    }
    return sum / 4;
  }

  static List<Lap> cleanLaps(List<Lap> laps) {
    List<Lap> valid =
        laps.stream().filter(l -> l.car() == 0 && l.valid() && l.lapTimeS() > 0).toList();
    if (valid.isEmpty()) {
      return List.of();
    }
    double[] t = valid.stream().mapToDouble(Lap::lapTimeS).sorted().toArray();
    double median =
        t.length % 2 == 1 ? t[t.length / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2;
    return valid.stream().filter(l -> l.lapTimeS() <= MEDIAN_FACTOR * median).toList();
  }

  /** The samples with start <= t < end of a lap (a view copy). */
  static SampleBlock slice(SampleBlock block, Lap lap) {
    int from = firstAtOrAfter(block, lap.startNanos());
    int to = firstAtOrAfter(block, lap.endNanos());
    long[] times = new long[to - from];
    double[] values = new double[to - from];
    for (int i = from; i < to; i++) {
      times[i - from] = block.timeNanos(i);
      values[i - from] = block.value(i);
    }
    return new SampleBlock(block.channel(), times, values, times.length);
  }

  /** The last sample at or before t (the first sample if t is before it); NaN for no samples. */
  static double valueAt(SampleBlock block, long tNanos) {
    if (block.isEmpty()) {
      return Double.NaN;
    }
    int i = firstAtOrAfter(block, tNanos + 1) - 1;
    return block.value(Math.max(0, i));
  }

  private static int firstAtOrAfter(SampleBlock block, long tNanos) {
    int lo = 0;
    int hi = block.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (block.timeNanos(mid) < tNanos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean empty(SampleBlock block) {
    return block == null || block.isEmpty();
  }
}
