package dev.pitwall.app.ui.analysis;

import java.util.List;
import java.util.Map;

/**
 * One row of the per-lap statistics table.
 *
 * @param channels per channel: min, max, mean, standard deviation over the lap's 1 m grid points
 *     (distance-weighted, as the overlays are)
 */
public record LapStatsRow(
    int lap,
    double lapTimeS,
    boolean valid,
    List<Double> sectorTimesS,
    Map<String, double[]> channels) {}
