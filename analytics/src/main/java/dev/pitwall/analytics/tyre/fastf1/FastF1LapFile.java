package dev.pitwall.analytics.tyre.fastf1;

import dev.pitwall.analytics.tyre.Stint;
import java.util.List;

/**
 * The stints of clean laps read from a FastF1 laps CSV, with what was skipped and why.
 *
 * @param rows data rows read
 * @param cleanLaps laps kept (green flag, not in/out, within 1.07 x race median)
 * @param badRows rows that could not be parsed; {@code problems} names the first few
 */
public record FastF1LapFile(
    List<Stint> stints, int rows, int cleanLaps, int badRows, List<String> problems) {
  public FastF1LapFile {
    stints = List.copyOf(stints);
    problems = List.copyOf(problems);
  }
}
