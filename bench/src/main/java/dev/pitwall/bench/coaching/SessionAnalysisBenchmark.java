package dev.pitwall.bench.coaching;

import dev.pitwall.analytics.coaching.SessionCoach;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.PathDistance;
import dev.pitwall.analytics.lapdetect.Crossings;
import dev.pitwall.analytics.lapdetect.GateCrossingFinder;
import dev.pitwall.analytics.lapdetect.GateLine;
import dev.pitwall.analytics.lapdetect.LapDetection;
import dev.pitwall.analytics.lapdetect.LapSplitter;
import dev.pitwall.analytics.lapdetect.PositionTrace;
import dev.pitwall.analytics.lapdetect.SpeedTrace;
import java.util.ArrayList;
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

  /** The whole offline chain; returns the result so nothing is optimised away. */
  @Benchmark
  public SessionCoach.Result detectLapsAndCoachEveryCorner() {
    LapDetection detection = detect();
    ChannelSeries distance = PathDistance.fromPositions(trace, 110);
    List<ChannelSeries> channels = new ArrayList<>(List.of(ChannelSeries.positionsOf(trace)));
    channels.add(new ChannelSeries("speed", session.timeNanos, session.speedKph));
    channels.add(new ChannelSeries("brakePressureFront", session.timeNanos, session.brakeBar));
    channels.add(new ChannelSeries("throttle", session.timeNanos, session.throttlePct));
    return SessionCoach.withDefaults().analyse(detection, distance, channels, List.of());
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
    SessionCoach.Result result = b.detectLapsAndCoachEveryCorner();
    long t1 = System.nanoTime();
    System.out.printf(
        "lap length %.0f m, %d laps, %d corners, %d reports in %.0f ms (cold, single run); CV %.4f%n",
        b.session.lapLengthM,
        result.detection().laps().size(),
        result.corners().size(),
        result.reports().size(),
        (t1 - t0) / 1e6,
        result.consistency().coefficientOfVariation());
    System.out.println(result.reports().get(1).findings().get(0).text());
  }
}
