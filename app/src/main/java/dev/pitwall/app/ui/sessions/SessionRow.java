package dev.pitwall.app.ui.sessions;

import dev.pitwall.app.ui.laps.LapTimeFormat;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.catalog.CatalogEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One line of the session browser. Values stay raw (so columns sort by number) except the start,
 * whose local-time text sorts like the instant.
 *
 * @param start local date and time the session started, {@code 2026-11-23 14:05:12}
 * @param title the name a user gave it, or blank
 * @param bestLapS best valid lap in seconds, NaN when there is none
 */
public record SessionRow(
    long id,
    String start,
    String title,
    String track,
    String car,
    String driver,
    Duration duration,
    int laps,
    double bestLapS,
    long samples,
    SessionStatus status) {

  private static final DateTimeFormatter START =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  public static SessionRow of(CatalogEntry entry, ZoneId zone) {
    SessionSummary s = entry.summary();
    return new SessionRow(
        s.id(),
        START.format(s.info().start().atZone(zone)),
        entry.title().orElse(""),
        s.info().track(),
        s.info().car(),
        s.info().driver(),
        s.duration(),
        s.laps(),
        s.bestLapS().orElse(Double.NaN),
        s.samples(),
        s.status());
  }

  /** {@code 1:02:03} with hours, {@code 12:34} without. */
  static String durationText(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  static String bestLapText(double seconds) {
    return LapTimeFormat.time(seconds); // blank for NaN
  }

  static String samplesText(long samples) {
    return String.format(Locale.ROOT, "%,d", samples);
  }

  /** How dialogs and messages name the session: id, title and track, car, driver, start. */
  public String describe() {
    String what = title.isBlank() ? track : "\"" + title + "\" at " + track;
    return String.format(
        Locale.ROOT, "session %d (%s, %s, %s, started %s)", id, what, car, driver, start);
  }
}
