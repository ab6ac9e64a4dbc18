package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.corners.CurvatureCornerFinder;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.DistanceResampler;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.analytics.lapdetect.LapDetection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The offline coaching chain for one driver's session, after lap detection: the best valid lap
 * becomes the reference; every valid lap is resampled onto the reference's 1 m grid; corners come
 * from the given table or, when none is given, from the reference lap's path curvature; then corner
 * metrics, the session baseline, one report per valid lap against the reference, and the lap-time
 * consistency. Invalid laps are never used (their reasons stay in the detection).
 *
 * <p>Pure computation; call it on a background executor, never on the FX thread. Thread-safe (no
 * state besides its immutable collaborators).
 */
public final class SessionCoach {
  /** A lap whose measured length differs more from the best lap's is not the same route. */
  static final double MAX_LENGTH_DEVIATION = 0.03;

  /**
   * @param reference the best valid lap; null when there is none
   * @param corners the corners used (table or found)
   * @param notes plain-words reasons why laps or steps were skipped
   */
  public record Result(
      LapDetection detection,
      List<Corner> corners,
      List<LapAnalysis> analyses,
      LapAnalysis reference,
      SessionBaseline baseline,
      List<CoachingReport> reports,
      MetricStats consistency,
      List<String> notes) {}

  private final DistanceResampler resampler;
  private final CurvatureCornerFinder cornerFinder;
  private final CornerMetricsCalculator calculator;
  private final LapCoach coach;

  public SessionCoach(
      DistanceResampler resampler,
      CurvatureCornerFinder cornerFinder,
      CornerMetricsCalculator calculator,
      LapCoach coach) {
    this.resampler = resampler;
    this.cornerFinder = cornerFinder;
    this.calculator = calculator;
    this.coach = coach;
  }

  /** 1 m grid, default thresholds, the shared channel names of the simulated car. */
  public static SessionCoach withDefaults() {
    return new SessionCoach(
        new DistanceResampler(1.0),
        new CurvatureCornerFinder(CurvatureCornerFinder.Config.defaults()),
        new CornerMetricsCalculator(
            CornerMetricsCalculator.Channels.shared(), CornerMetricsCalculator.Config.defaults()),
        new LapCoach(ReferenceCheck.withDefaults()));
  }

  /**
   * @param distance cumulative travelled distance (see {@code PathDistance})
   * @param channels channels to put on the grid; include posX/posY for corner finding and the
   *     reference shape check, plus speed, brake and throttle for the metrics
   * @param cornerTable the track's corners; empty = find them from the reference lap's path
   */
  public Result analyse(
      LapDetection detection,
      ChannelSeries distance,
      List<ChannelSeries> channels,
      List<Corner> cornerTable) {
    List<String> notes = new ArrayList<>();
    List<DetectedLap> valid = detection.validLaps();
    if (valid.isEmpty()) {
      notes.add("no valid lap in the session: nothing to coach (see each lap's reasons)");
      return new Result(
          detection,
          List.of(),
          List.of(),
          null,
          SessionBaseline.of(List.of()),
          List.of(),
          MetricStats.of(new double[0]),
          notes);
    }
    DetectedLap best = valid.stream().min(Comparator.comparingDouble(DetectedLap::lapTimeS)).get();
    DistanceLap bestGrid =
        resampler.resample(best.startNanos(), best.endNanos(), distance, channels, Double.NaN);
    List<Corner> corners = cornerTable.isEmpty() ? findCorners(bestGrid, notes) : cornerTable;
    List<LapAnalysis> analyses = new ArrayList<>();
    LapAnalysis reference = null;
    for (DetectedLap lap : valid) {
      try {
        DistanceLap grid =
            lap == best
                ? bestGrid
                : resampler.resample(
                    lap.startNanos(),
                    lap.endNanos(),
                    distance,
                    channels,
                    bestGrid.measuredLengthM());
        double ratio = grid.measuredLengthM() / bestGrid.measuredLengthM();
        if (Math.abs(ratio - 1) > MAX_LENGTH_DEVIATION) {
          notes.add(
              String.format(
                  "lap %d skipped: it measures %.0f m against %.0f m for the best lap (%+.1f %%):"
                      + " cut short, off track or position trouble",
                  lap.number(),
                  grid.measuredLengthM(),
                  bestGrid.measuredLengthM(),
                  100 * (ratio - 1)));
          continue;
        }
        LapAnalysis analysis = calculator.analyse(lap.number(), lap.lapTimeS(), grid, corners);
        analyses.add(analysis);
        reference = lap == best ? analysis : reference;
      } catch (IllegalArgumentException e) {
        notes.add("lap " + lap.number() + " skipped: " + e.getMessage());
      }
    }
    SessionBaseline baseline = SessionBaseline.of(analyses);
    List<CoachingReport> reports = new ArrayList<>();
    for (LapAnalysis lap : analyses) {
      reports.add(coach.compare(lap, reference, "your best lap", baseline));
    }
    double[] times = analyses.stream().mapToDouble(LapAnalysis::lapTimeS).toArray();
    return new Result(
        detection, corners, analyses, reference, baseline, reports, MetricStats.of(times), notes);
  }

  private List<Corner> findCorners(DistanceLap grid, List<String> notes) {
    if (!grid.has("posX") || !grid.has("posY")) {
      notes.add(
          "no position channel and no corner table: corners unknown, whole-lap comparison only");
      return List.of();
    }
    return cornerFinder.find(grid.channel("posX"), grid.channel("posY"), grid.stepM());
  }
}
