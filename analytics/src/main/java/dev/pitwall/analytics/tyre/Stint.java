package dev.pitwall.analytics.tyre;

import java.util.List;

/**
 * The clean laps of one stint (one tyre set) of one driver in one race, in lap order. {@code
 * raceId} groups stints of the same race (leave-one-race-out); compound is upper case (e.g. SOFT).
 */
public record Stint(
    String raceId, String driver, int stintNumber, String compound, List<StintLap> laps) {
  public Stint {
    laps = List.copyOf(laps);
    compound = compound.toUpperCase(java.util.Locale.ROOT);
  }

  /** A short label such as {@code 2019 LEC stint 2 (SOFT)}. */
  public String label() {
    return raceId + " " + driver + " stint " + stintNumber + " (" + compound + ")";
  }
}
