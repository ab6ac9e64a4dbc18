package dev.pitwall.app.live;

import java.time.Duration;

/**
 * What the user asked for on the command line or in the source dialog.
 *
 * @param uri source URI, e.g. {@code sim}, {@code sim:cota?cars=2}, {@code candump:FILE?dbc=FILE}
 * @param track circuit key, or null for the source's default
 * @param cars number of simulated cars, or null for the default
 * @param seed random seed, or null for the default
 * @param speed real-time factor; {@link Double#POSITIVE_INFINITY} = as fast as possible
 * @param duration session time to record, or null for "until the source ends"
 * @param dbc DBC file for CAN sources (merged into the URI's {@code dbc=}), or null
 * @param map channel map file ({@code --map}: which source channel feeds which gauge), or null
 */
public record SourceRequest(
    String uri,
    String track,
    Integer cars,
    Long seed,
    double speed,
    Duration duration,
    String dbc,
    String map) {

  /** A request without a channel map file (roles are mapped automatically). */
  public SourceRequest(
      String uri,
      String track,
      Integer cars,
      Long seed,
      double speed,
      Duration duration,
      String dbc) {
    this(uri, track, cars, seed, speed, duration, dbc, null);
  }

  /** A request without a DBC file (simulator, UDP, serial, or a CAN URI that names its own). */
  public SourceRequest(
      String uri, String track, Integer cars, Long seed, double speed, Duration duration) {
    this(uri, track, cars, seed, speed, duration, null, null);
  }

  /** Just a URI, at recorded speed, until the source ends. */
  public static SourceRequest of(String uri) {
    return new SourceRequest(uri, null, null, null, 1.0, null, null, null);
  }
}
