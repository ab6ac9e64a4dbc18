package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lap and sector timing from the {@code lapDistance} channel of every car.
 *
 * <p>A line crossing is a drop of lapDistance from near the lap length to near 0 that a car could
 * plausibly have driven; its time is interpolated between the two samples (sub-sample accuracy).
 * Sector crossings are interpolated the same way at {@code sectorEndsM}. Any other drop, and any
 * forward jump faster than {@link CrossingRules#maxSpeedMps()}, is ignored and counted in {@link
 * LapBoard#ignoredJumps()}. Lap 1 starts at the first line crossing: the partial lap the car was on
 * when data started is never reported.
 *
 * <p>Thread contract: {@link #accept} is called by one consumer thread (it also runs the {@code
 * onLap} callback); {@link #lapBoard} may be called from any thread and returns the snapshot
 * published after the latest block.
 */
public final class LapTimer {
  /** Name of the channel this timer watches. */
  public static final String LAP_DISTANCE = "lapDistance";

  private final double[] sectorEndsM;
  private final CrossingRules rules;
  private final Consumer<Lap> onLap;
  private final Map<Integer, CarLapTracker> trackers = new HashMap<>();
  private final Map<Integer, LapBoard> boards = new ConcurrentHashMap<>();

  /**
   * @param sectorEndsM distance from the line at which each sector ends, strictly increasing; the
   *     last one is the lap length in metres
   * @param onLap receives each completed lap on the consumer thread; must be quick
   */
  public LapTimer(double[] sectorEndsM, CrossingRules rules, Consumer<Lap> onLap) {
    this.sectorEndsM = checkSectors(sectorEndsM.clone());
    this.rules = Objects.requireNonNull(rules, "rules");
    this.onLap = Objects.requireNonNull(onLap, "onLap");
  }

  public LapTimer(double[] sectorEndsM, Consumer<Lap> onLap) {
    this(sectorEndsM, CrossingRules.defaults(), onLap);
  }

  /** A timer using the track's sectors. */
  public static LapTimer forTrack(TrackLayout track, Consumer<Lap> onLap) {
    return new LapTimer(track.sectorEndsM(), onLap);
  }

  private static double[] checkSectors(double[] ends) {
    if (ends.length == 0) {
      throw new IllegalArgumentException("no sector ends given");
    }
    double previous = 0;
    for (int i = 0; i < ends.length; i++) {
      if (!(ends[i] > previous) || Double.isInfinite(ends[i])) {
        throw new IllegalArgumentException(
            "sector end " + i + " (" + ends[i] + " m) must be > " + previous + " m");
      }
      previous = ends[i];
    }
    return ends;
  }

  /** Processes a block; blocks of channels other than {@link #LAP_DISTANCE} are skipped. */
  public void accept(SampleBlock block) {
    if (!LAP_DISTANCE.equals(block.channel().name()) || block.isEmpty()) {
      return;
    }
    int car = block.channel().car();
    CarLapTracker tracker =
        trackers.computeIfAbsent(car, c -> new CarLapTracker(c, sectorEndsM, rules, onLap));
    for (int i = 0; i < block.size(); i++) {
      tracker.accept(block.timeNanos(i), block.value(i));
    }
    boards.put(car, tracker.board());
  }

  /**
   * Continues the timing of a session that already has laps, e.g. a recording continued after an
   * interruption: each car's board lists its prior laps first, they count for its best lap and best
   * sectors, and its next lap is numbered after the last of them. The lap in progress when the
   * prior laps ended is not resumed (the car may be anywhere by now): timing restarts at the car's
   * next line crossing, as for any fresh timer. Call once, before the first {@link #accept}, on the
   * consumer thread.
   *
   * @param priorLaps laps of any cars, in this timer's time base (they may start before 0)
   * @param lapDistanceOf the {@link #LAP_DISTANCE} samples of a prior lap in the same time base;
   *     asked only for each car's fastest valid lap, as the live delta's reference (an empty block:
   *     no live delta until a faster lap)
   */
  public void continueAfter(List<Lap> priorLaps, Function<Lap, SampleBlock> lapDistanceOf) {
    Map<Integer, List<Lap>> byCar = new TreeMap<>();
    for (Lap lap : priorLaps) {
      byCar.computeIfAbsent(lap.car(), c -> new ArrayList<>()).add(lap);
    }
    byCar.forEach(
        (car, laps) -> {
          CarLapTracker tracker = new CarLapTracker(car, sectorEndsM, rules, onLap);
          if (trackers.putIfAbsent(car, tracker) != null) {
            throw new IllegalStateException("laps can only be continued before the first sample");
          }
          tracker.continueAfter(laps, lapDistanceOf);
          boards.put(car, tracker.board());
        });
  }

  /** The latest snapshot of {@code car}; an empty board if no lapDistance was seen for it. */
  public LapBoard lapBoard(int car) {
    LapBoard board = boards.get(car);
    return board != null ? board : LapBoard.empty(car);
  }

  public double lapLengthM() {
    return sectorEndsM[sectorEndsM.length - 1];
  }
}
