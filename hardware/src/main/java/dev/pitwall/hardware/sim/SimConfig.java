package dev.pitwall.hardware.sim;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Settings of a simulated session, usually parsed from a URI such as {@code
 * sim:cota?cars=1&seed=1&speed=1&duration=30}.
 *
 * @param trackKey catalogue key of the circuit
 * @param cars number of cars, 1..{@value #MAX_CARS}
 * @param seed random seed; the same seed gives identical samples
 * @param speedFactor session seconds per wall-clock second; {@code Double.POSITIVE_INFINITY} for as
 *     fast as possible ({@code speed=max})
 * @param durationS session seconds after which the source stops itself; infinite = until stopped
 */
public record SimConfig(
    String trackKey, int cars, long seed, double speedFactor, double durationS) {
  public static final int MAX_CARS = 40;
  private static final Set<String> KEYS = Set.of("cars", "seed", "speed", "duration");

  public SimConfig {
    if (trackKey == null || trackKey.isBlank()) {
      throw new IllegalArgumentException("sim: no track given, e.g. sim:cota");
    }
    trackKey = trackKey.strip().toLowerCase(Locale.ROOT);
    if (cars < 1 || cars > MAX_CARS) {
      throw new IllegalArgumentException("sim: cars must be 1.." + MAX_CARS + ", got " + cars);
    }
    if (!(speedFactor > 0)) {
      throw new IllegalArgumentException("sim: speed must be > 0 or 'max', got " + speedFactor);
    }
    if (!(durationS > 0)) {
      throw new IllegalArgumentException("sim: duration must be > 0 s, got " + durationS);
    }
  }

  /** One car, seed 1, real time, until stopped. */
  public static SimConfig realTime(String trackKey) {
    return new SimConfig(trackKey, 1, 1, 1, Double.POSITIVE_INFINITY);
  }

  public boolean unlimitedSpeed() {
    return Double.isInfinite(speedFactor);
  }

  /**
   * Parses {@code sim:<track>[?cars=n&seed=n&speed=x|max&duration=s]}.
   *
   * @throws IllegalArgumentException naming the URI and the offending part
   */
  public static SimConfig parse(String uri) {
    if (uri == null || !uri.regionMatches(true, 0, "sim:", 0, 4)) {
      throw new IllegalArgumentException("not a simulator URI (expected sim:<track>): " + uri);
    }
    String rest = uri.substring(4);
    int q = rest.indexOf('?');
    String track = q < 0 ? rest : rest.substring(0, q);
    Map<String, String> params = query(uri, q < 0 ? "" : rest.substring(q + 1));
    try {
      return new SimConfig(
          track,
          Integer.parseInt(params.getOrDefault("cars", "1")),
          Long.parseLong(params.getOrDefault("seed", "1")),
          speed(params.getOrDefault("speed", "1")),
          Double.parseDouble(params.getOrDefault("duration", "Infinity")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad simulator URI " + uri + ": " + e.getMessage(), e);
    }
  }

  private static double speed(String text) {
    return text.equalsIgnoreCase("max") ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
  }

  private static Map<String, String> query(String uri, String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (eq < 0 || !KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "bad simulator URI "
                + uri
                + ": unknown parameter '"
                + pair
                + "' (known: "
                + KEYS
                + ")");
      }
      params.put(key, pair.substring(eq + 1));
    }
    return params;
  }
}
