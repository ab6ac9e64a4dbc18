package dev.pitwall.app.ui.analysis;

import java.util.List;
import java.util.Map;

/**
 * Everything the analysis screen draws, computed off the FX thread, already decimated to the
 * screen's pixel columns. Immutable by convention (arrays are never written after construction).
 *
 * @param lapLengthM the x extent: the reference lap's length in m, or by time the longest lap in s
 * @param overlays per chart channel, one decimated trace per requested lap (same order), then the
 *     external reference lap when there is one
 * @param deltas time delta (s) to the reference per requested lap, by distance
 * @param mapStepM distance between two map points
 * @param mapColour one value per map point (delta in s or the channel value)
 * @param histogramEdges bin edges (length = counts + 1) of the histogram channel
 * @param histogramCounts samples per bin over the requested laps (1 m grid points)
 */
public record AnalysisResult(
    AnalysisRequest request,
    double lapLengthM,
    Map<String, List<DistanceDecimator.Points>> overlays,
    List<DistanceDecimator.Points> deltas,
    double[] mapX,
    double[] mapY,
    double mapStepM,
    double[] mapColour,
    List<LapStatsRow> stats,
    double theoreticalBestS,
    double[] histogramEdges,
    long[] histogramCounts,
    double[] scatterLatG,
    double[] scatterLongG) {}
