package dev.pitwall.app.ui.strategy;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "Latest request wins": at most one computation runs at a time on the background executor;
 * requests submitted meanwhile replace each other (only the newest waits), and a result is
 * delivered only if no newer request was submitted while it was computed. {@link #submit} may be
 * called from any thread; {@code deliver} runs on the background thread (wrap it with
 * Platform::runLater for the FX thread).
 */
final class LatestRequestRunner<Q, R> {
  private record Ticket<Q>(long generation, Q request) {}

  private final Executor background;
  private final Function<Q, R> compute;
  private final Consumer<R> deliver;
  private final AtomicReference<Ticket<Q>> pending = new AtomicReference<>();
  private final AtomicLong generation = new AtomicLong();
  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicLong superseded = new AtomicLong();

  LatestRequestRunner(Executor background, Function<Q, R> compute, Consumer<R> deliver) {
    this.background = Objects.requireNonNull(background);
    this.compute = compute;
    this.deliver = deliver;
  }

  void submit(Q request) {
    if (pending.getAndSet(new Ticket<>(generation.incrementAndGet(), request)) != null) {
      superseded.incrementAndGet();
    }
    if (draining.compareAndSet(false, true)) {
      background.execute(this::drain);
    }
  }

  /** Requests replaced before they started or whose result was dropped as stale. */
  long superseded() {
    return superseded.get();
  }

  private void drain() {
    try {
      Ticket<Q> t;
      while ((t = pending.getAndSet(null)) != null) {
        R result = compute.apply(t.request());
        if (t.generation() == generation.get()) {
          deliver.accept(result);
        } else {
          superseded.incrementAndGet();
        }
      }
    } finally {
      draining.set(false);
      if (pending.get() != null && draining.compareAndSet(false, true)) {
        background.execute(this::drain);
      }
    }
  }
}
