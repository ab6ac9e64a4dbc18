package dev.pitwall.core.session.catalog;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What to look for in the session list. Every present criterion must match; text criteria match a
 * case-insensitive substring ("cota" finds "COTA GP").
 *
 * @param startedFrom sessions that started at or after this instant
 * @param startedBefore sessions that started before this instant
 */
public record SessionQuery(
    Optional<Instant> startedFrom,
    Optional<Instant> startedBefore,
    Optional<String> track,
    Optional<String> car,
    Optional<String> driver) {

  /** Every session. */
  public static SessionQuery all() {
    return new SessionQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public SessionQuery startedBetween(Instant from, Instant before) {
    return new SessionQuery(Optional.of(from), Optional.of(before), track, car, driver);
  }

  public SessionQuery track(String text) {
    return new SessionQuery(startedFrom, startedBefore, lower(text), car, driver);
  }

  public SessionQuery car(String text) {
    return new SessionQuery(startedFrom, startedBefore, track, lower(text), driver);
  }

  public SessionQuery driver(String text) {
    return new SessionQuery(startedFrom, startedBefore, track, car, lower(text));
  }

  private static Optional<String> lower(String text) {
    return Optional.of(text.toLowerCase(Locale.ROOT));
  }
}
