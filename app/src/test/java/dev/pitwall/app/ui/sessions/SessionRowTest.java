package dev.pitwall.app.ui.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.SessionInfo;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionSummary;
import dev.pitwall.core.session.catalog.CatalogEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionRowTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private static CatalogEntry entry(Optional<String> title, OptionalDouble best) {
    return new CatalogEntry(
        new SessionSummary(
            7,
            new SessionInfo(
                "GR86 #7", "Ana Silva", "cota", "sim:cota", Instant.parse("2026-11-23T13:05:09Z")),
            SessionStatus.INTERRUPTED,
            Duration.ofSeconds(3723),
            1_234_567,
            14,
            best),
        title);
  }

  @Test
  void startIsLocalTimeAndValuesStayRawForSorting() {
    SessionRow row = SessionRow.of(entry(Optional.empty(), OptionalDouble.of(83.456)), BERLIN);
    assertEquals("2026-11-23 14:05:09", row.start());
    assertEquals(1_234_567, row.samples());
    assertEquals("1,234,567", SessionRow.samplesText(row.samples()));
    assertEquals("1:23.456", SessionRow.bestLapText(row.bestLapS()));
    assertEquals(SessionStatus.INTERRUPTED, row.status());
  }

  @Test
  void noBestLapIsBlankNotZero() {
    SessionRow row = SessionRow.of(entry(Optional.empty(), OptionalDouble.empty()), BERLIN);
    assertTrue(Double.isNaN(row.bestLapS()));
    assertEquals("", SessionRow.bestLapText(row.bestLapS()));
  }

  @Test
  void describeNamesTitleTrackCarDriverAndStart() {
    assertEquals(
        "session 7 (cota, GR86 #7, Ana Silva, started 2026-11-23 14:05:09)",
        SessionRow.of(entry(Optional.empty(), OptionalDouble.empty()), BERLIN).describe());
    assertEquals(
        "session 7 (\"Race 1\" at cota, GR86 #7, Ana Silva, started 2026-11-23 14:05:09)",
        SessionRow.of(entry(Optional.of("Race 1"), OptionalDouble.empty()), BERLIN).describe());
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "59, 0:59", "61, 1:01", "3599, 59:59", "3600, 1:00:00", "36123, 10:02:03"})
  void durationShowsHoursOnlyWhenThereAreAny(long seconds, String text) {
    assertEquals(text, SessionRow.durationText(Duration.ofSeconds(seconds)));
  }
}
