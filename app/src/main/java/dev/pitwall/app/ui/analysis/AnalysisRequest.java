package dev.pitwall.app.ui.analysis;

import java.util.List;

/**
 * What the analysis screen asks for: laps to overlay, the reference lap, the distance window, the
 * pixel columns available and the channels for the map colour and the histogram.
 *
 * @param mapColour "delta" or a grid channel name
 * @param toM NaN = to the end of the lap
 */
public record AnalysisRequest(
    List<Integer> laps,
    int referenceLap,
    double fromM,
    double toM,
    int columns,
    String mapColour,
    String histogramChannel) {
  public AnalysisRequest {
    laps = List.copyOf(laps);
  }

  public static final String DELTA = "delta";
}
