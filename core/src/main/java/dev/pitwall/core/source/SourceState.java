package dev.pitwall.core.source;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a telemetry link. {@link #STOPPED} is terminal. */
public enum SourceState {
  DISCONNECTED,
  CONNECTING,
  STREAMING,
  /** Connected but no data for longer than the source's stall timeout. */
  STALLED,
  RECONNECTING,
  STOPPED;

  /** States reachable from this one in a single step. */
  public Set<SourceState> next() {
    return switch (this) {
      case DISCONNECTED -> EnumSet.of(CONNECTING, STOPPED);
      case CONNECTING -> EnumSet.of(STREAMING, RECONNECTING, DISCONNECTED, STOPPED);
      case STREAMING -> EnumSet.of(STALLED, RECONNECTING, DISCONNECTED, STOPPED);
      case STALLED -> EnumSet.of(STREAMING, RECONNECTING, DISCONNECTED, STOPPED);
      case RECONNECTING -> EnumSet.of(CONNECTING, STREAMING, DISCONNECTED, STOPPED);
      case STOPPED -> EnumSet.noneOf(SourceState.class);
    };
  }

  public boolean canMoveTo(SourceState target) {
    return next().contains(target);
  }
}
