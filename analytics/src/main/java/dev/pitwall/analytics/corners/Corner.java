package dev.pitwall.analytics.corners;

/**
 * A corner by distance from the start/finish line, in metres on the lap's distance grid.
 *
 * @param name {@code T1}…{@code Tn} in track order, or the name in a track's corner table
 * @param entryM where the turn starts (curvature rises above the corner threshold)
 * @param apexM point of tightest curvature (or the table's apex)
 * @param exitM where the turn ends
 */
public record Corner(String name, double entryM, double apexM, double exitM, Direction direction) {

  /** Which way the car turns. */
  public enum Direction {
    LEFT,
    RIGHT
  }

  public Corner {
    if (!(entryM <= apexM && apexM <= exitM)) {
      throw new IllegalArgumentException(
          String.format(
              "corner %s: need entry <= apex <= exit, got %.1f / %.1f / %.1f m",
              name, entryM, apexM, exitM));
    }
  }

  public double lengthM() {
    return exitM - entryM;
  }
}
