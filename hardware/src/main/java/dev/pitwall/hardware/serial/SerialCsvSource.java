package dev.pitwall.hardware.serial;

import java.time.Duration;

/**
 * CSV data logger on a serial port, URI {@code
 * serial:/dev/ttyUSB0?baud=115200&format=csv[&rate=100]}: a header line naming channels and units,
 * then one line per sample; see {@link CsvLineDecoder}.
 *
 * <p>Time stamps are receive times in ns since {@link #start}. Reconnects by itself when the device
 * comes back (see {@link SerialLineLink}); STALLED after {@code stallAfter} without data.
 */
public final class SerialCsvSource extends SerialLineSource {
  /** Default settings: stalled after 3 s without data, blocks flushed every 50 ms. */
  public static SerialCsvSource fromUri(String uri) {
    return new SerialCsvSource(uri, Duration.ofSeconds(3), Duration.ofMillis(50));
  }

  /**
   * @throws IllegalArgumentException when the URI does not name a device of this kind
   */
  public SerialCsvSource(String uri, Duration stallAfter, Duration flushEvery) {
    super(
        uri,
        e -> "serial".equals(e.scheme()) && "csv".equals(e.param("format", "csv")),
        "serial:/dev/...?format=csv",
        CsvLineDecoder::new,
        stallAfter,
        flushEvery);
  }
}
