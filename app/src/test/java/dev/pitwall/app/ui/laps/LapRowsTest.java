package dev.pitwall.app.ui.laps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.core.session.Lap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LapRowsTest {
  private static final long S = 1_000_000_000L;

  @Test
  void listsCurrentLapFirstThenLapsNewestFirstWithDeltasToBest() {
    Lap lap1 = new Lap(0, 1, 0, 92 * S, List.of(30.0, 31.0, 31.0), true);
    Lap lap2 = new Lap(0, 2, 92 * S, 182 * S, List.of(29.5, 30.0, 30.5), true);
    Lap lap3 = new Lap(0, 3, 182 * S, 250 * S, List.of(), false);
    LapBoard board =
        new LapBoard(
            0,
            List.of(lap1, lap2, lap3),
            Optional.of(lap2),
            List.of(29.5, 30.0, 30.5),
            4,
            41.25,
            2100,
            List.of(29.25),
            -0.4,
            291 * S,
            0);

    List<LapRow> rows = LapRows.of(board);

    assertEquals(4, rows.size());
    LapRow current = rows.get(0);
    assertEquals(LapRow.Kind.CURRENT, current.kind());
    assertEquals("L4", current.lap());
    assertEquals("41.250", current.time());
    assertEquals("-0.400", current.delta());
    assertEquals("29.250", current.sector(0));
    assertFalse(current.isSectorBest(0), "faster than best, but best is only updated at the line");
    assertEquals(LapRow.Kind.INVALID, rows.get(1).kind());
    assertEquals(LapRow.Kind.BEST, rows.get(2).kind());
    assertEquals("1:30.000", rows.get(2).time());
    assertEquals("best", rows.get(2).delta());
    assertTrue(rows.get(2).isSectorBest(2));
    assertEquals(LapRow.Kind.VALID, rows.get(3).kind());
    assertEquals("+2.000", rows.get(3).delta());
    assertFalse(rows.get(3).isSectorBest(0));
  }

  @Test
  void showsNoRowsBeforeTheFirstCrossing() {
    assertTrue(LapRows.of(LapBoard.empty(0)).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({"83.4567, 1:23.457", "59.9996, 1:00.000", "7.1, 7.100", "125.0, 2:05.000"})
  void formatsLapTimes(double seconds, String text) {
    assertEquals(text, LapTimeFormat.time(seconds));
  }

  @Test
  void formatsDeltasWithSignAndBlankWhenUnknown() {
    assertEquals("+0.125", LapTimeFormat.delta(0.125));
    assertEquals("-1.500", LapTimeFormat.delta(-1.5));
    assertEquals("", LapTimeFormat.delta(Double.NaN));
    assertEquals("", LapTimeFormat.time(Double.NaN));
  }
}
