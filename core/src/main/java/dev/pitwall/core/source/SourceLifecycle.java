package dev.pitwall.core.source;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Compare-and-set state machine of one source. Illegal transitions are refused (return false), so
 * two threads racing to stop and reconnect cannot leave the source in an impossible state.
 *
 * <p>Thread contract: any thread may call {@link #moveTo}; listeners run on the thread that made
 * the transition and must return quickly (the UI copies the state and reads it on its pulse).
 */
public final class SourceLifecycle {
  private final String sourceName;
  private final AtomicReference<SourceState> state =
      new AtomicReference<>(SourceState.DISCONNECTED);
  private final List<SourceStateListener> listeners = new CopyOnWriteArrayList<>();

  public SourceLifecycle(String sourceName) {
    this.sourceName = Objects.requireNonNull(sourceName);
  }

  public SourceState state() {
    return state.get();
  }

  /**
   * Moves to {@code target} if that is a legal step from the current state.
   *
   * @return true if the transition happened; false if it was illegal or already there
   */
  public boolean moveTo(SourceState target) {
    while (true) {
      SourceState current = state.get();
      if (current == target || !current.canMoveTo(target)) {
        return false;
      }
      if (state.compareAndSet(current, target)) {
        for (SourceStateListener l : listeners) {
          l.stateChanged(sourceName, current, target);
        }
        return true;
      }
    }
  }

  /** Moves from {@code expected} to {@code target} only if the state is still {@code expected}. */
  public boolean moveFrom(SourceState expected, SourceState target) {
    if (!expected.canMoveTo(target) || !state.compareAndSet(expected, target)) {
      return false;
    }
    for (SourceStateListener l : listeners) {
      l.stateChanged(sourceName, expected, target);
    }
    return true;
  }

  public void addListener(SourceStateListener listener) {
    listeners.add(Objects.requireNonNull(listener));
  }

  public void removeListener(SourceStateListener listener) {
    listeners.remove(listener);
  }
}
