package dev.pitwall.core.source;

/** Told of every lifecycle transition, on the thread that made it. */
@FunctionalInterface
public interface SourceStateListener {
  void stateChanged(String source, SourceState from, SourceState to);
}
