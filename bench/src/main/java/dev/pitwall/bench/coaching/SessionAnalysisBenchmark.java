package dev.pitwall.bench.coaching;

import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.CornerMetricsCalculator;
import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.coaching.LapCoach;
import dev.pitwall.analytics.coaching.ReferenceCheck;
import dev.pitwall.analytics.coaching.SessionBaseline;
import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.corners.CurvatureCornerFinder;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.DistanceResampler;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.GateLine;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Offline analysis of a 1-hour, 100 Hz session (360,001 samples × 5 channels, ~60 laps): GPS-line
 * lap detection, travelled distance, 1 m resampling of every valid lap, corner finding on the
 * reference lap, corner metrics for every lap, session baseline and a coaching report per lap.
 * Target (issue 6): ≤ 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionAnalysisBenchmark {
  private SyntheticSession session;
  private PositionTrace trace;

  @Setup
  public void synthesise() {
    session = new SyntheticSession(3600, 100, 42);
    trace = new PositionTrace("synthetic", session.timeNanos, session.xM, session.yM);
  }

  /** Lap detection only. */
  @Benchmark
  public LapDetection detectLaps() {
    return detect();
  }

  /** The whole offline chain; returns the reports so nothing is optimised away. */
  @Benchmark
  public List<CoachingReport> detectLapsAndCoachEveryCorner() {
    LapDetection detection = detect();
    ChannelSeries distance = PathDistance.fromPositions(trace, 110);
    List<ChannelSeries> channels = new ArrayList<>(List.of(ChannelSeries.positionsOf(trace)));
    channels.add(new ChannelSeries("speed", session.timeNanos, session.speedKph));
    channels.add(new ChannelSeries("brakePressureFront", session.timeNanos, session.brakeBar));
    channels.add(new ChannelSeries("throttle", session.timeNanos, session.throttlePct));
    List<DetectedLap> valid = detection.validLaps();
    DetectedLap best =
        valid.stream().min(Comparator.comparingDouble(DetectedLap::lapTimeS)).orElseThrow();
    DistanceResampler resampler = new DistanceResampler(1.0);
    DistanceLap bestGrid =
        resampler.resample(best.startNanos(), best.endNanos(), distance, channels, Double.NaN);
    List<Corner> corners =
        new CurvatureCornerFinder(CurvatureCornerFinder.Config.defaults())
            .find(bestGrid.channel("posX"), bestGrid.channel("posY"), 1.0);
    CornerMetricsCalculator calculator =
        new CornerMetricsCalculator(
            CornerMetricsCalculator.Channels.shared(), CornerMetricsCalculator.Config.defaults());
    List<LapAnalysis> analyses = new ArrayList<>();
    for (DetectedLap lap : valid) {
      DistanceLap grid =
          resampler.resample(
              lap.startNanos(), lap.endNanos(), distance, channels, bestGrid.measuredLengthM());
      analyses.add(calculator.analyse(lap.number(), lap.lapTimeS(), grid, corners));
    }
    LapAnalysis reference = analyses.get(valid.indexOf(best));
    SessionBaseline baseline = SessionBaseline.of(analyses);
    LapCoach coach = new LapCoach(ReferenceCheck.withDefaults());
    List<CoachingReport> reports = new ArrayList<>();
    for (LapAnalysis lap : analyses) {
      reports.add(coach.compare(lap, reference, "your best lap", baseline));
    }
    return reports;
  }

  private LapDetection detect() {
    GateLine line = GateLine.across("S/F", SyntheticSession.WIDTH_M / 2, 0, 90, 30);
    Crossings crossings = GateCrossingFinder.withDefaults().find(trace, line);
    long end = session.timeNanos[session.timeNanos.length - 1];
    return new LapSplitter(LapSplitter.Config.defaults())
        .split(
            crossings,
            0,
            end,
            new SpeedTrace(session.timeNanos, session.speedKph),
            List.of(),
            List.of());
  }

  /** Runs the chain once and prints what it found (a sanity check before trusting the timing). */
  public static void main(String[] args) {
    SessionAnalysisBenchmark b = new SessionAnalysisBenchmark();
    b.synthesise();
    long t0 = System.nanoTime();
    List<CoachingReport> reports = b.detectLapsAndCoachEveryCorner();
    long t1 = System.nanoTime();
    System.out.printf(
        "lap length %.0f m, %d laps coached in %.0f ms (cold, single run)%n",
        b.session.lapLengthM, reports.size(), (t1 - t0) / 1e6);
    System.out.println(reports.get(1).findings().get(0).text());
  }
}
