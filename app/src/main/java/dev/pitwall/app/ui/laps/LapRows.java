package dev.pitwall.app.ui.laps;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link LapBoard} into table rows: the current lap first, then laps newest first. */
public final class LapRows {
  private LapRows() {}

  public static List<LapRow> of(LapBoard board) {
    List<Lap> laps = board.completedLaps();
    List<LapRow> rows = new ArrayList<>(laps.size() + 1);
    if (board.currentLapNumber() > 0) {
      rows.add(current(board));
    }
    for (int i = laps.size() - 1; i >= 0; i--) {
      rows.add(completed(board, laps.get(i)));
    }
    return rows;
  }

  /** The row of the lap being driven: elapsed time, sectors so far and the live delta. */
  public static LapRow current(LapBoard board) {
    List<String> sectors = new ArrayList<>();
    List<Boolean> best = new ArrayList<>();
    for (int i = 0; i < board.currentSectorTimesS().size(); i++) {
      double s = board.currentSectorTimesS().get(i);
      sectors.add(LapTimeFormat.time(s));
      best.add(isBest(board, i, s));
    }
    return new LapRow(
        "L" + board.currentLapNumber(),
        LapTimeFormat.time(board.currentLapElapsedS()),
        sectors,
        best,
        LapTimeFormat.delta(board.liveDeltaS()),
        board.liveDeltaS(),
        LapRow.Kind.CURRENT);
  }

  private static LapRow completed(LapBoard board, Lap lap) {
    List<String> sectors = new ArrayList<>();
    List<Boolean> best = new ArrayList<>();
    for (int i = 0; i < lap.sectorTimesS().size(); i++) {
      double s = lap.sectorTimesS().get(i);
      sectors.add(LapTimeFormat.time(s));
      best.add(lap.valid() && isBest(board, i, s));
    }
    boolean isBestLap = board.bestLap().map(b -> b.equals(lap)).orElse(false);
    LapRow.Kind kind =
        isBestLap ? LapRow.Kind.BEST : lap.valid() ? LapRow.Kind.VALID : LapRow.Kind.INVALID;
    double deltaS = board.lapDeltaS(lap);
    return new LapRow(
        "L" + lap.number(),
        LapTimeFormat.time(lap.lapTimeS()),
        sectors,
        best,
        isBestLap ? "best" : LapTimeFormat.delta(deltaS),
        deltaS,
        kind);
  }

  private static boolean isBest(LapBoard board, int sector, double seconds) {
    return sector < board.bestSectorsS().size()
        && Math.abs(board.bestSectorsS().get(sector) - seconds) < 5e-7;
  }
}
