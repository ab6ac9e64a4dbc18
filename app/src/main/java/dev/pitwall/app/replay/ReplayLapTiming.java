package dev.pitwall.app.replay;

import dev.pitwall.analytics.timing.LapBoard;
import dev.pitwall.analytics.timing.LapTimer;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Lap timing of a replay that survives seeks: a seek starts a fresh {@link LapTimer} (a time jump
 * would otherwise look like a lap), and before the first lapDistance sample of each car after the
 * seek, the new timer is fed that car's lapDistance from the session start up to there, read from
 * the store. The lap table after a seek therefore shows every lap before the seek position, with
 * the same numbers, times, sectors and best lap as if the session had been played from the start.
 *
 * <p>The seek point in the stream is exact: {@link #sink} wraps the bus the replay publishes to and
 * marks the first block published after {@link #seekArmed()} (the replay publishes nothing between
 * its hold and its seek), and the lap thread resets when it reaches that very block, so blocks of
 * the old position still queued go to the old timer.
 *
 * <p>Threads: {@link #seekArmed} from the seeking thread (FX), {@link #sink} on the replay's reader
 * thread, {@link #accept} on the lap thread only, {@link #lapBoard} from any thread.
 */
final class ReplayLapTiming {
  /** Session time read from the store per catch-up step (bounded memory). */
  private static final long CATCH_UP_STEP_NANOS = 600_000_000_000L;

  private final double[] sectorEndsM;
  private final SessionStore history;
  private final long sessionId;
  private final Set<Integer> caughtUp = new HashSet<>();
  private volatile LapTimer timer;
  private volatile boolean armed;
  private volatile SampleBlock firstAfterSeek;
  private final List<Lap> finished = new ArrayList<>();
  private final List<Consumer<Lap>> lapListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<SampleBlock>> taps = new CopyOnWriteArrayList<>();
  private final List<Runnable> restartListeners = new CopyOnWriteArrayList<>();

  /**
   * @param history where to read the lapDistance before a seek position, or null (no catch-up)
   */
  ReplayLapTiming(Optional<TrackLayout> track, SessionStore history, long sessionId) {
    this.sectorEndsM =
        track.map(TrackLayout::sectorEndsM).orElseGet(() -> lapOf(history, sessionId));
    this.history = history;
    this.sessionId = sessionId;
    this.timer = newTimer();
  }

  /**
   * Without a known track the lap is as long as the longest lapDistance of the own car; without
   * that either, no line is ever crossed (the lap table stays empty, as it must).
   */
  private static double[] lapOf(SessionStore history, long sessionId) {
    double maxM =
        history == null
            ? Double.NaN
            : history.channels(sessionId).stream()
                .filter(c -> c.channel().car() == 0)
                .filter(c -> c.channel().name().equals(LapTimer.LAP_DISTANCE))
                .mapToDouble(ChannelSummary::max)
                .findFirst()
                .orElse(Double.NaN);
    return new double[] {maxM > 0 && Double.isFinite(maxM) ? maxM : 1e12};
  }

  private LapTimer newTimer() {
    return new LapTimer(sectorEndsM, finished::add);
  }

  /** Laps are announced on the lap thread after the board is updated (see StrategyFeed). */
  void addLapListener(Consumer<Lap> listener) {
    lapListeners.add(listener);
  }

  /** Sees every block on the lap thread, after a seek's restart and before the lap timer. */
  void addBlockTap(Consumer<SampleBlock> tap) {
    taps.add(tap);
  }

  /** Runs on the lap thread at a seek, before the laps up to the seek position are announced. */
  void addRestartListener(Runnable listener) {
    restartListeners.add(listener);
  }

  /** A sink that forwards to {@code bus} and marks the first block after a seek. */
  SampleSink sink(SampleSink bus) {
    return block -> {
      if (armed) {
        armed = false;
        firstAfterSeek = block;
      }
      bus.publish(block);
    };
  }

  /** Call after the replay's hold and before its seek. */
  void seekArmed() {
    armed = true;
  }

  /** Lap thread: times one block. */
  void accept(SampleBlock block) {
    if (block == firstAfterSeek) {
      firstAfterSeek = null;
      timer = newTimer();
      caughtUp.clear();
      finished.clear();
      restartListeners.forEach(Runnable::run);
    }
    taps.forEach(t -> t.accept(block));
    Channel channel = block.channel();
    if (LapTimer.LAP_DISTANCE.equals(channel.name())
        && !block.isEmpty()
        && caughtUp.add(channel.car())) {
      catchUp(channel, block.firstTimeNanos());
    }
    timer.accept(block);
    if (!finished.isEmpty()) {
      List<Lap> laps = List.copyOf(finished);
      finished.clear();
      laps.forEach(lap -> lapListeners.forEach(l -> l.accept(lap)));
    }
  }

  /** Feeds the channel's stored samples before {@code untilNanos}, in steps. */
  private void catchUp(Channel lapDistance, long untilNanos) {
    if (history == null) {
      return;
    }
    for (long from = 0; from < untilNanos; from += CATCH_UP_STEP_NANOS) {
      long to = Math.min(untilNanos, from + CATCH_UP_STEP_NANOS);
      timer.accept(history.read(sessionId, lapDistance, from, to));
    }
  }

  LapBoard lapBoard(int car) {
    return timer.lapBoard(car);
  }
}
