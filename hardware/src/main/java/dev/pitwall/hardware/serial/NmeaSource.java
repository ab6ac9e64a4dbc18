package dev.pitwall.hardware.serial;

import java.time.Duration;

/**
 * NMEA 0183 GPS receiver on a serial port, URI {@code nmea:/dev/ttyUSB0?baud=115200[&rate=10]}:
 * RMC, GGA and VTG give latitude, longitude (deg), speed (km/h), heading (deg), fix quality,
 * satellites and altitude (m); see {@link NmeaDecoder}.
 *
 * <p>Time stamps are receive times in ns since {@link #start}. Reconnects by itself when the device
 * comes back (see {@link SerialLineLink}); STALLED after {@code stallAfter} without data.
 */
public final class NmeaSource extends SerialLineSource {
  /** Default settings: stalled after 3 s without data, blocks flushed every 50 ms. */
  public static NmeaSource fromUri(String uri) {
    return new NmeaSource(uri, Duration.ofSeconds(3), Duration.ofMillis(50));
  }

  /**
   * @throws IllegalArgumentException when the URI does not name a device of this kind
   */
  public NmeaSource(String uri, Duration stallAfter, Duration flushEvery) {
    super(
        uri,
        e -> "nmea".equals(e.scheme()),
        "nmea:/dev/...",
        NmeaDecoder::new,
        stallAfter,
        flushEvery);
  }
}
