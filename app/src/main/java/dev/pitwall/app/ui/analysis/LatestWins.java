package dev.pitwall.app.ui.analysis;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs derived-panel computations on a background executor where only the newest request's result
 * is shown: a result that finishes after a newer request was made is dropped.
 *
 * <p>Thread contract: {@link #submit} on the FX thread; {@code show} runs through {@code toFx}
 * (Platform::runLater in the app, a direct call in tests).
 */
public final class LatestWins {
  private final Executor background;
  private final Executor toFx;
  private final AtomicLong generation = new AtomicLong();
  private volatile long dropped;

  public LatestWins(Executor background, Executor toFx) {
    this.background = background;
    this.toFx = toFx;
  }

  public <T> void submit(Supplier<T> work, Consumer<T> show, Consumer<Throwable> failed) {
    long mine = generation.incrementAndGet();
    background.execute(
        () -> {
          if (generation.get() != mine) {
            dropped++;
            return; // superseded before it started
          }
          try {
            T result = work.get();
            toFx.execute(() -> deliver(mine, () -> show.accept(result)));
          } catch (RuntimeException e) {
            toFx.execute(() -> deliver(mine, () -> failed.accept(e)));
          }
        });
  }

  private void deliver(long mine, Runnable action) {
    if (generation.get() == mine) {
      action.run();
    } else {
      dropped++;
    }
  }

  /** Results dropped because a newer request came first. */
  public long dropped() {
    return dropped;
  }
}
