package dev.pitwall.app.live;

import dev.pitwall.app.ui.LiveFeed;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.function.Consumer;

/**
 * What {@link LiveStrategy} needs from a running feed besides the live screen's view (lap boards,
 * track, source): completed laps and the sample stream, both on the feed's lap-timer thread.
 * Implemented by the live session and by the replay, so the Strategy screen works in both.
 */
public interface StrategyFeed extends LiveFeed {
  /**
   * Receives every completed lap of every car, on the lap-timer thread, after the lap board is
   * updated; must be quick (hand work to an executor).
   */
  void addLapListener(Consumer<Lap> listener);

  /** Sees every sample block on the lap-timer thread, before the lap timer; must be quick. */
  void addBlockTap(Consumer<SampleBlock> tap);

  /**
   * Runs on the lap-timer thread when the feed jumps in session time (a replay seek), before the
   * first block of the new position and before the laps up to there are announced again. A live
   * session never jumps.
   */
  default void addRestartListener(Runnable listener) {}

  /** The track as the session records it (the tyre model's track feature). */
  default String sessionTrack() {
    return track().map(t -> t.name()).orElse("");
  }
}
