package dev.pitwall.app.ui.analysis;

import dev.pitwall.analytics.coaching.LapAnalysis;
import java.util.List;

/**
 * What the analysis screen asks for: laps to overlay, the reference lap, the x window, the pixel
 * columns available and the channels for the map colour and the histogram.
 *
 * @param mapColour "delta" or a grid channel name
 * @param fromM start of the x window: metres, or seconds when {@code byTime}
 * @param toM end of the x window (same unit); NaN = to the end of the lap
 * @param byTime overlays against time since the lap start instead of distance
 * @param external a reference lap from another session, or null for {@code referenceLap} of this
 *     one
 */
public record AnalysisRequest(
    List<Integer> laps,
    int referenceLap,
    double fromM,
    double toM,
    int columns,
    String mapColour,
    String histogramChannel,
    boolean byTime,
    ExternalReference external) {
  public AnalysisRequest {
    laps = List.copyOf(laps);
  }

  /** By distance, reference from this session. */
  public AnalysisRequest(
      List<Integer> laps,
      int referenceLap,
      double fromM,
      double toM,
      int columns,
      String mapColour,
      String histogramChannel) {
    this(laps, referenceLap, fromM, toM, columns, mapColour, histogramChannel, false, null);
  }

  public static final String DELTA = "delta";

  /** A lap of another session used as the reference, with how to name it ("lap 4 of session 2"). */
  public record ExternalReference(String label, LapAnalysis lap) {}
}
