package dev.pitwall.core.source;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.util.List;

/**
 * A telemetry link (simulator, UDP, CAN, serial, file replay) behind one port.
 *
 * <p>Thread contract: {@link #start} returns at once; the source reads on its own named thread and
 * delivers into the sink. No exception ever escapes that thread: bad input is counted in {@link
 * #health()} with a message naming the source, the position and the cause. {@link #stop} is
 * idempotent, waits for the thread to end and leaves the lifecycle in {@link SourceState#STOPPED}.
 */
public interface TelemetrySource extends AutoCloseable {

  /** The source's URI as the user wrote it, e.g. {@code sim:cota?cars=2}. */
  String uri();

  SourceMetadata metadata();

  /** Channels known so far; a decoding source may learn more as frames arrive. */
  List<Channel> channels();

  SourceLifecycle lifecycle();

  default SourceState state() {
    return lifecycle().state();
  }

  SourceHealth health();

  void start(SampleSink sink);

  void stop();

  @Override
  default void close() {
    stop();
  }
}
