package dev.pitwall.core.replay;

/**
 * Maps wall-clock time to session time for a replay: a speed factor, pause and re-anchoring on
 * every change so that changing speed or seeking never jumps.
 *
 * <p>Not thread-safe: {@link ReplaySource} guards it with its own lock. Times are nanoseconds.
 */
final class ReplayClock {
  private double speed = 1.0;
  private boolean paused;
  private long anchorWallNanos;
  private long anchorSessionNanos;

  ReplayClock(long startSessionNanos, long wallNanos) {
    anchorSessionNanos = startSessionNanos;
    anchorWallNanos = wallNanos;
  }

  /** Session time that should have been reached at {@code wallNanos}. */
  long sessionNanosAt(long wallNanos) {
    if (paused) {
      return anchorSessionNanos;
    }
    if (Double.isInfinite(speed)) {
      return Long.MAX_VALUE;
    }
    return anchorSessionNanos + (long) ((wallNanos - anchorWallNanos) * speed);
  }

  /** Wall time at which session time {@code sessionNanos} is due; meaningless while paused. */
  long wallNanosFor(long sessionNanos) {
    return anchorWallNanos + (long) ((sessionNanos - anchorSessionNanos) / speed);
  }

  void anchor(long sessionNanos, long wallNanos) {
    anchorSessionNanos = sessionNanos;
    anchorWallNanos = wallNanos;
  }

  double speed() {
    return speed;
  }

  void speed(double factor) {
    speed = factor;
  }

  boolean paused() {
    return paused;
  }

  void paused(boolean value) {
    paused = value;
  }
}
