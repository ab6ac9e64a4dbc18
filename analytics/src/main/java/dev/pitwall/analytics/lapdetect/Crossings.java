package dev.pitwall.analytics.lapdetect;

import java.util.List;

/**
 * Line crossings found in a trace, in time order, and the defects found on the way.
 *
 * @param method how the crossings were found
 */
public record Crossings(LapMethod method, List<LineCrossing> crossings, TraceIssues issues) {
  public Crossings {
    crossings = List.copyOf(crossings);
  }
}
