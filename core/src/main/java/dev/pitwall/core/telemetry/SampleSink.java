package dev.pitwall.core.telemetry;

/**
 * Where a source delivers decoded samples. Implementations must be safe to call from the source's
 * own thread and must never block it for long (the {@link SampleBus} counts overruns instead).
 */
@FunctionalInterface
public interface SampleSink {
  void publish(SampleBlock block);
}
