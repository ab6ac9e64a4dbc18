package dev.pitwall.app.ui.laps;

import java.util.List;

/**
 * One line of the lap table, already formatted.
 *
 * @param sectorBest per sector: true when this is the best time of that sector (shown purple)
 * @param deltaS lap time minus best (live delta for the current lap); NaN when unknown
 */
public record LapRow(
    String lap,
    String time,
    List<String> sectors,
    List<Boolean> sectorBest,
    String delta,
    double deltaS,
    Kind kind) {

  /** How the row is highlighted. */
  public enum Kind {
    CURRENT,
    BEST,
    VALID,
    INVALID
  }

  public LapRow {
    sectors = List.copyOf(sectors);
    sectorBest = List.copyOf(sectorBest);
  }

  /** Sector text, blank past the sectors this row has. */
  public String sector(int i) {
    return i < sectors.size() ? sectors.get(i) : "";
  }

  public boolean isSectorBest(int i) {
    return i < sectorBest.size() && sectorBest.get(i);
  }
}
