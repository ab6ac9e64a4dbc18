package dev.pitwall.app.ui.analysis;

import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.coaching.ReferenceCheck;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.TimeDelta;
import dev.pitwall.analytics.lapdetect.DetectedLap;
import dev.pitwall.app.report.SessionAnalysis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an analysed session and a request into what the analysis screen draws. Pure computation, no
 * JavaFX: run it on the background executor. Thread-safe (stateless).
 */
public final class AnalysisComputer {
  /** Charts of the overlay stack, top to bottom. */
  public static final List<String> CHARTS = List.of("speed", "throttle", "brakePressureFront");

  private static final int MAP_POINTS = 1500;
  private static final int HISTOGRAM_BINS = 30;
  private static final int SCATTER_STRIDE = 4;

  private AnalysisComputer() {}

  /**
   * @throws IllegalArgumentException when a lap is missing or the reference is from another track
   *     (the message says so in plain words)
   */
  public static AnalysisResult compute(SessionAnalysis a, AnalysisRequest r) {
    LapAnalysis ref =
        r.external() != null
            ? r.external().lap()
            : a.gridLap(r.referenceLap())
                .orElseThrow(() -> new IllegalArgumentException("no lap " + r.referenceLap()));
    DistanceLap refGrid = ref.grid();
    double step = refGrid.stepM();
    double lengthM = (refGrid.pointCount() - 1) * step;
    List<LapAnalysis> laps = new ArrayList<>();
    for (int n : r.laps()) {
      a.gridLap(n).ifPresent(laps::add);
    }
    if (r.external() != null && !laps.isEmpty()) {
      String problem = ReferenceCheck.withDefaults().problem(laps.get(0).grid(), refGrid);
      if (!problem.isEmpty()) {
        throw new IllegalArgumentException(problem);
      }
    }
    double xMax = r.byTime() ? longestTimeS(laps, ref) : lengthM;
    double toM = Double.isNaN(r.toM()) ? xMax : Math.min(r.toM(), xMax);
    Map<String, List<DistanceDecimator.Points>> overlays = new LinkedHashMap<>();
    List<LapAnalysis> drawn = new ArrayList<>(laps);
    if (r.external() != null) {
      drawn.add(ref); // another session's lap is not among the selected ones: draw it last
    }
    for (String channel : CHARTS) {
      List<DistanceDecimator.Points> traces = new ArrayList<>();
      for (LapAnalysis lap : drawn) {
        traces.add(
            lap.grid().has(channel)
                ? trace(lap, lap.grid().channel(channel), step, r, toM)
                : new DistanceDecimator.Points(new double[0], new double[0]));
      }
      overlays.put(channel, traces);
    }
    List<DistanceDecimator.Points> deltas = new ArrayList<>();
    double[] firstDelta = null;
    for (LapAnalysis lap : laps) {
      double[] d = TimeDelta.between(lap.grid(), refGrid);
      firstDelta = firstDelta == null ? d : firstDelta;
      deltas.add(trace(lap, d, step, r, toM));
    }
    double[][] map = map(refGrid, r.mapColour(), firstDelta, laps);
    return new AnalysisResult(
        r,
        xMax,
        overlays,
        deltas,
        map[0],
        map[1],
        map[3].length == 0 ? step : map[3][0],
        map[2],
        stats(a),
        theoreticalBest(a),
        histogramEdges(laps, r.histogramChannel()),
        histogramCounts(laps, r.histogramChannel()),
        scatter(laps, "accLat"),
        scatter(laps, "accLong"));
  }

  /** One lap's values on its grid, decimated by distance or by its own elapsed time. */
  private static DistanceDecimator.Points trace(
      LapAnalysis lap, double[] values, double step, AnalysisRequest r, double toX) {
    if (r.byTime()) {
      double[] t = lap.grid().timeS();
      double[] v = values.length == t.length ? values : java.util.Arrays.copyOf(values, t.length);
      if (values.length < t.length) {
        java.util.Arrays.fill(v, values.length, t.length, Double.NaN);
      }
      return XyDecimator.decimate(t, v, r.fromM(), toX, r.columns());
    }
    return DistanceDecimator.decimate(values, step, r.fromM(), toX, r.columns());
  }

  private static double longestTimeS(List<LapAnalysis> laps, LapAnalysis ref) {
    double max = ref.lapTimeS();
    for (LapAnalysis lap : laps) {
      max = Math.max(max, lap.lapTimeS());
    }
    return max;
  }

  private static double[][] map(
      DistanceLap ref, String colour, double[] delta, List<LapAnalysis> laps) {
    if (!ref.has("posX") || !ref.has("posY")) {
      return new double[][] {new double[0], new double[0], new double[0], new double[0]};
    }
    double[] x = ref.channel("posX");
    double[] y = ref.channel("posY");
    double[] c =
        AnalysisRequest.DELTA.equals(colour)
            ? delta
            : !laps.isEmpty() && laps.get(0).grid().has(colour)
                ? laps.get(0).grid().channel(colour)
                : null;
    int stride = Math.max(1, x.length / MAP_POINTS);
    int n = (x.length + stride - 1) / stride;
    double[][] out = {new double[n], new double[n], new double[n], {stride * ref.stepM()}};
    for (int k = 0; k < n; k++) {
      int i = k * stride;
      out[0][k] = x[i];
      out[1][k] = y[i];
      out[2][k] = c == null || i >= c.length ? Double.NaN : c[i];
    }
    if (AnalysisRequest.DELTA.equals(colour) && c != null) {
      // colour by the delta's slope: where time is lost (red) or gained (green) locally
      for (int k = n - 1; k > 0; k--) {
        out[2][k] = out[2][k] - out[2][k - 1];
      }
      out[2][0] = 0;
    }
    return out;
  }

  static List<LapStatsRow> stats(SessionAnalysis a) {
    List<LapStatsRow> rows = new ArrayList<>();
    for (DetectedLap lap : a.laps()) {
      Map<String, double[]> channels = new LinkedHashMap<>();
      a.gridLap(lap.number())
          .ifPresent(
              g -> {
                for (String name : a.channelNames()) {
                  if (g.grid().has(name) && !name.startsWith("pos")) {
                    channels.put(name, moments(g.grid().channel(name)));
                  }
                }
              });
      rows.add(
          new LapStatsRow(lap.number(), lap.lapTimeS(), lap.valid(), lap.sectorTimesS(), channels));
    }
    return rows;
  }

  /** min, max, mean, sample standard deviation (NaN skipped). */
  static double[] moments(double[] v) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double mean = 0;
    double m2 = 0;
    int n = 0;
    for (double d : v) {
      if (Double.isNaN(d)) {
        continue;
      }
      n++;
      min = Math.min(min, d);
      max = Math.max(max, d);
      double delta = d - mean;
      mean += delta / n;
      m2 += delta * (d - mean);
    }
    if (n == 0) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }
    return new double[] {min, max, mean, n > 1 ? Math.sqrt(m2 / (n - 1)) : Double.NaN};
  }

  /** Sum of the best time of each sector over the valid laps; NaN without complete sectors. */
  static double theoreticalBest(SessionAnalysis a) {
    int sectors = a.laps().stream().mapToInt(l -> l.sectorTimesS().size()).max().orElse(0);
    if (sectors == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int s = 0; s < sectors; s++) {
      final int k = s;
      sum +=
          a.laps().stream()
              .filter(l -> l.valid() && l.sectorTimesS().size() == sectors)
              .mapToDouble(l -> l.sectorTimesS().get(k))
              .min()
              .orElse(Double.NaN);
    }
    return sum;
  }

  private static double[] histogramEdges(List<LapAnalysis> laps, String channel) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (LapAnalysis lap : laps) {
      if (lap.grid().has(channel)) {
        double[] m = moments(lap.grid().channel(channel));
        lo = Math.min(lo, m[0]);
        hi = Math.max(hi, m[1]);
      }
    }
    if (!(hi > lo)) {
      return new double[0];
    }
    double[] edges = new double[HISTOGRAM_BINS + 1];
    for (int i = 0; i <= HISTOGRAM_BINS; i++) {
      edges[i] = lo + (hi - lo) * i / HISTOGRAM_BINS;
    }
    return edges;
  }

  private static long[] histogramCounts(List<LapAnalysis> laps, String channel) {
    double[] edges = histogramEdges(laps, channel);
    if (edges.length == 0) {
      return new long[0];
    }
    long[] counts = new long[HISTOGRAM_BINS];
    double width = (edges[HISTOGRAM_BINS] - edges[0]) / HISTOGRAM_BINS;
    for (LapAnalysis lap : laps) {
      if (!lap.grid().has(channel)) {
        continue;
      }
      for (double v : lap.grid().channel(channel)) {
        if (!Double.isNaN(v)) {
          counts[Math.min(HISTOGRAM_BINS - 1, (int) ((v - edges[0]) / width))]++;
        }
      }
    }
    return counts;
  }

  private static double[] scatter(List<LapAnalysis> laps, String channel) {
    int total = 0;
    for (LapAnalysis lap : laps) {
      total += (lap.grid().pointCount() + SCATTER_STRIDE - 1) / SCATTER_STRIDE;
    }
    double[] out = new double[total];
    int k = 0;
    for (LapAnalysis lap : laps) {
      double[] v = lap.grid().has(channel) ? lap.grid().channel(channel) : null;
      for (int i = 0; i < lap.grid().pointCount(); i += SCATTER_STRIDE) {
        out[k++] = v == null ? Double.NaN : v[i];
      }
    }
    return out;
  }
}
