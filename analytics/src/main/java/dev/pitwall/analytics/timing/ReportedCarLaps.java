package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** One car's part of {@link ReportedLapTimer}; confined to its consumer thread. */
final class ReportedCarLaps {
  private static final List<String> FIELDS =
      List.of(
          ReportedLapTimer.LAP_NUMBER,
          ReportedLapTimer.CURRENT_LAP_TIME,
          ReportedLapTimer.LAST_LAP_TIME,
          ReportedLapTimer.SECTOR1_TIME,
          ReportedLapTimer.SECTOR2_TIME,
          ReportedLapTimer.LAP_INVALID,
          LapTimer.LAP_DISTANCE);
  private static final int LAP = 0;
  private static final int CURRENT = 1;
  private static final int LAST = 2;
  private static final int S1 = 3;
  private static final int S2 = 4;
  private static final int INVALID = 5;
  private static final int DISTANCE = 6;
  private static final int MAX_PENDING_ROWS = 1024;

  private final int car;
  private final Consumer<Lap> onLap;

  /** Values joined by sample time; a row is complete once every seen field reached its time. */
  private final TreeMap<Long, double[]> rows = new TreeMap<>();

  private final long[] latestNanos = new long[FIELDS.size()];
  private final double[] now = new double[FIELDS.size()];
  private final List<Lap> completed = new ArrayList<>();
  private Lap best;
  private final double[] bestSectorsS = {Double.NaN, Double.NaN, Double.NaN};
  private long latestProcessedNanos;

  ReportedCarLaps(int car, Consumer<Lap> onLap) {
    this.car = car;
    this.onLap = onLap;
    Arrays.fill(latestNanos, Long.MIN_VALUE);
    Arrays.fill(now, Double.NaN);
  }

  static int field(String channelName) {
    return FIELDS.indexOf(channelName);
  }

  /** Returns true when any row was processed. */
  boolean accept(int field, SampleBlock block) {
    for (int i = 0; i < block.size(); i++) {
      double[] row = rows.computeIfAbsent(block.timeNanos(i), t -> nanRow());
      row[field] = block.value(i);
    }
    latestNanos[field] = Math.max(latestNanos[field], block.lastTimeNanos());
    if (latestNanos[LAP] == Long.MIN_VALUE) {
      return false; // not a lap-reporting source (yet): lapDistance alone says nothing here
    }
    long watermark = Long.MAX_VALUE;
    for (long t : latestNanos) {
      if (t != Long.MIN_VALUE) {
        watermark = Math.min(watermark, t);
      }
    }
    boolean any = false;
    // a field that stopped arriving must not hold every later packet back for ever
    while (!rows.isEmpty() && (rows.firstKey() <= watermark || rows.size() > MAX_PENDING_ROWS)) {
      Map.Entry<Long, double[]> e = rows.pollFirstEntry();
      process(e.getKey(), e.getValue());
      any = true;
    }
    return any;
  }

  private static double[] nanRow() {
    double[] row = new double[FIELDS.size()];
    Arrays.fill(row, Double.NaN);
    return row;
  }

  private void process(long tNanos, double[] row) {
    latestProcessedNanos = tNanos;
    double lapBefore = now[LAP];
    if (!Double.isNaN(row[LAP]) && !Double.isNaN(lapBefore) && row[LAP] == lapBefore + 1) {
      complete((int) lapBefore, tNanos, row);
    }
    for (int f = 0; f < row.length; f++) {
      if (!Double.isNaN(row[f])) {
        now[f] = row[f];
      }
    }
  }

  /**
   * Lap {@code number} ended in the packet at {@code tNanos}, which already belongs to the next.
   */
  private void complete(int number, long tNanos, double[] row) {
    double lapS = Double.isNaN(row[LAST]) ? now[LAST] : row[LAST];
    double sinceLineS = Double.isNaN(row[CURRENT]) ? 0 : row[CURRENT];
    long end = tNanos - Math.round(sinceLineS * 1e9);
    long start = end - Math.round(lapS * 1e9);
    if (!(lapS > 0) || start < 0) {
      return;
    }
    List<Double> sectors = sectors(lapS);
    boolean valid = !(now[INVALID] >= 1);
    Lap lap = new Lap(car, number, start, end, sectors, valid);
    completed.add(lap);
    if (valid) {
      if (best == null || lap.lapTimeS() < best.lapTimeS()) {
        best = lap;
      }
      for (int s = 0; s < sectors.size(); s++) {
        if (Double.isNaN(bestSectorsS[s]) || sectors.get(s) < bestSectorsS[s]) {
          bestSectorsS[s] = sectors.get(s);
        }
      }
    }
    onLap.accept(lap);
  }

  /** Sectors 1 and 2 as last reported on the lap, sector 3 the rest; empty when unknown. */
  private List<Double> sectors(double lapS) {
    double s1 = now[S1];
    double s2 = now[S2];
    if (!(s1 > 0) || !(s2 > 0) || !(lapS - s1 - s2 > 0)) {
      return List.of();
    }
    return List.of(s1, s2, lapS - s1 - s2);
  }

  LapBoard board() {
    List<Double> current = new ArrayList<>();
    if (now[S1] > 0) {
      current.add(now[S1]);
      if (now[S2] > 0) {
        current.add(now[S2]);
      }
    }
    List<Double> bests = new ArrayList<>();
    for (double b : bestSectorsS) {
      bests.add(b);
    }
    int lapNumber = Double.isNaN(now[LAP]) ? 0 : (int) now[LAP];
    return new LapBoard(
        car,
        completed,
        Optional.ofNullable(best),
        best == null ? List.of() : bests,
        lapNumber,
        now[CURRENT],
        now[DISTANCE],
        current,
        Double.NaN,
        latestProcessedNanos,
        0);
  }
}
