package dev.pitwall.hardware.serial;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * NMEA 0183 GPS receiver on a serial port, URI {@code nmea:/dev/ttyUSB0?baud=115200[&rate=10]}:
 * RMC, GGA and VTG give latitude, longitude (deg), speed (km/h), heading (deg), fix quality,
 * satellites and altitude (m); see {@link NmeaDecoder}.
 *
 * <p>Time stamps are receive times in ns since {@link #start}. Reconnects by itself when the device
 * comes back (see {@link SerialLineLink}); STALLED after {@code stallAfter} without data.
 *
 * <p>Thread contract: reads on its own thread; the sink is called from it; accessors from any.
 */
public final class NmeaSource extends MonitoredSource {
  private final LineDecoder decoder;
  private final SerialLineLink link;

  /** Default settings: stalled after 3 s without data, blocks flushed every 50 ms. */
  public static NmeaSource fromUri(String uri) {
    return new NmeaSource(uri, Duration.ofSeconds(3), Duration.ofMillis(50));
  }

  /**
   * @throws IllegalArgumentException when the URI does not name a device of this kind
   */
  public NmeaSource(String uri, Duration stallAfter, Duration flushEvery) {
    super(uri);
    SerialEndpoint endpoint = SerialEndpoint.parse(uri);
    if (!"nmea".equals(endpoint.scheme())) {
      throw new IllegalArgumentException("expected nmea:/dev/..., got " + uri);
    }
    double rateHz = Double.parseDouble(endpoint.param("rate", "0"));
    this.decoder = new NmeaDecoder(uri, counters, rateHz);
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
