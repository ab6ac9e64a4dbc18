package dev.pitwall.hardware.serial;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A device on a serial port that sends text lines: a {@link SerialLineLink} reads them (reconnects,
 * stall detection) and a {@link LineDecoder} turns them into samples. The subclasses only say which
 * URIs they accept and which decoder they use.
 *
 * <p>Thread contract: reads on its own thread; the sink is called from it; accessors from any.
 */
public abstract class SerialLineSource extends MonitoredSource {
  private final LineDecoder decoder;
  private final SerialLineLink link;

  /** Makes the decoder of a source; {@code rateHz} is the URI's {@code rate=} (0 when absent). */
  interface DecoderFactory {
    LineDecoder create(String sourceName, SourceCounters counters, double rateHz);
  }

  /**
   * @param accepts whether the parsed URI names a device of this kind
   * @param expected the URI form named in the error when it does not, e.g. {@code nmea:/dev/...}
   * @throws IllegalArgumentException when the URI does not name a device of this kind
   */
  SerialLineSource(
      String uri,
      Predicate<SerialEndpoint> accepts,
      String expected,
      DecoderFactory decoders,
      Duration stallAfter,
      Duration flushEvery) {
    super(uri);
    SerialEndpoint endpoint = SerialEndpoint.parse(uri);
    if (!accepts.test(endpoint)) {
      throw new IllegalArgumentException("expected " + expected + ", got " + uri);
    }
    double rateHz = Double.parseDouble(endpoint.param("rate", "0"));
    this.decoder = decoders.create(uri, counters, rateHz);
    this.link = new SerialLineLink(endpoint, decoder, lifecycle, counters, stallAfter, flushEvery);
  }

  @Override
  public List<Channel> channels() {
    return decoder.channels();
  }

  @Override
  public void start(SampleSink sink) {
    link.start(Objects.requireNonNull(sink));
  }

  @Override
  public void stop() {
    link.stop();
  }
}
