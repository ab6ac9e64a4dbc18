package dev.pitwall.analytics.timing;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Lap timing as a game reports it (EA F1 lap data: lap number, current and last lap time, sector 1
 * and 2 times, lap invalid), for every car. Preferred over {@link LapTimer}'s own line detection
 * where it exists: the game times laps to the millisecond and knows cuts and invalid laps.
 *
 * <p>The channels of one packet arrive as separate blocks with the same time stamps; each car's
 * values are joined by time and a packet is processed once every channel seen for that car has
 * reached its time. A lap is completed when the lap number rises: its time is the new {@code
 * lastLapTime}, it ended {@code currentLapTime} before that sample, sector 3 is the lap minus
 * sectors 1 and 2. A lap that began before the session started (we joined mid-lap) is not reported:
 * it has no session time. Nor are laps the game reports as 0 s.
 *
 * <p>Thread contract: {@link #accept} on one consumer thread (which also runs {@code onLap});
 * {@link #lapBoard} and {@link #active} from any thread.
 */
public final class ReportedLapTimer {
  public static final String LAP_NUMBER = "lapNumber";
  public static final String CURRENT_LAP_TIME = "currentLapTime";
  public static final String LAST_LAP_TIME = "lastLapTime";
  public static final String SECTOR1_TIME = "sector1Time";
  public static final String SECTOR2_TIME = "sector2Time";
  public static final String LAP_INVALID = "lapInvalid";

  private final Consumer<Lap> onLap;
  private final Map<Integer, ReportedCarLaps> cars = new HashMap<>();
  private final Map<Integer, LapBoard> boards = new ConcurrentHashMap<>();

  public ReportedLapTimer(Consumer<Lap> onLap) {
    this.onLap = Objects.requireNonNull(onLap, "onLap");
  }

  /** Processes a block; channels other than the lap data ones and lapDistance are skipped. */
  public void accept(SampleBlock block) {
    int field = ReportedCarLaps.field(block.channel().name());
    if (field < 0 || block.isEmpty()) {
      return;
    }
    int car = block.channel().car();
    ReportedCarLaps laps = cars.computeIfAbsent(car, c -> new ReportedCarLaps(c, onLap));
    if (laps.accept(field, block)) {
      boards.put(car, laps.board());
    }
  }

  /** True once any car's lap number was seen: the source reports laps itself. */
  public boolean active() {
    return !boards.isEmpty();
  }

  public LapBoard lapBoard(int car) {
    LapBoard board = boards.get(car);
    return board != null ? board : LapBoard.empty(car);
  }
}
