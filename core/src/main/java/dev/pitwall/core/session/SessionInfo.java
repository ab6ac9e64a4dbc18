package dev.pitwall.core.session;

import java.time.Instant;
import java.util.Objects;

/**
 * What a session is: who drove what, where, from which source, starting when. Sample times in the
 * session are nanoseconds since {@code start}.
 *
 * @param source the source URI, e.g. {@code sim:cota?seed=7}
 */
public record SessionInfo(String car, String driver, String track, String source, Instant start) {
  public SessionInfo {
    Objects.requireNonNull(car, "car");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(track, "track");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(start, "start");
  }
}
