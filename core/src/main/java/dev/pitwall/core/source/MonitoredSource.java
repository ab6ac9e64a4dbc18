package dev.pitwall.core.source;

import java.util.Objects;

/**
 * What every {@link TelemetrySource} has in common: its URI, its lifecycle state machine and its
 * link-health counters. Subclasses add the reading thread and the decoding.
 *
 * <p>Thread contract: {@link #counters} is written by the source's own thread and read by anyone
 * through {@link #health()}; {@link #lifecycle} is safe from any thread.
 */
public abstract class MonitoredSource implements TelemetrySource {
  protected final String uri;
  protected final SourceLifecycle lifecycle;
  protected final SourceCounters counters = new SourceCounters();

  protected MonitoredSource(String uri) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.lifecycle = new SourceLifecycle(uri);
  }

  @Override
  public String uri() {
    return uri;
  }

  /** Unknown unless the source can tell (the simulator and the F1 game can). */
  @Override
  public SourceMetadata metadata() {
    return SourceMetadata.UNKNOWN;
  }

  @Override
  public SourceLifecycle lifecycle() {
    return lifecycle;
  }

  @Override
  public SourceHealth health() {
    return counters.snapshot(lifecycle.state());
  }
}
