package dev.pitwall.hardware.udp;

import dev.pitwall.core.source.MonitoredSource;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleSink;
import dev.pitwall.hardware.serial.CsvLineDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generic UDP stream of CSV lines (loggers, scripts, other tools), URI {@code
 * udp://0.0.0.0:5005?format=csv}: each datagram holds one or more lines; the first line of the
 * stream (and of a restarted sender) is the header {@code time_s,speed[km/h],rpm[rpm]}, see {@link
 * CsvLineDecoder}. Stall/resume as in {@link UdpLink}.
 *
 * <p>Thread contract: receives on its own thread; the sink is called from it.
 */
public final class UdpCsvSource extends MonitoredSource {
  private final CsvLineDecoder decoder;
  private final UdpLink link;
  private long lineNumber;

  /**
   * @throws IllegalArgumentException when the URI is not {@code udp://host:port?format=csv}
   */
  public UdpCsvSource(String uri, Duration stallAfter) {
    super(uri);
    UdpEndpoint endpoint = UdpEndpoint.parse(uri);
    if (!"csv".equals(endpoint.param("format", ""))) {
      throw new IllegalArgumentException(uri + ": format must be csv");
    }
    double rateHz = Double.parseDouble(endpoint.param("rate", "0"));
    this.decoder = new CsvLineDecoder(uri, counters, rateHz);
    this.link = new UdpLink(uri, endpoint.bindAddress(), stallAfter, lifecycle, counters);
  }

  @Override
  public List<Channel> channels() {
    List<Channel> all = new ArrayList<>(decoder.channels());
    all.add(UdpLink.GAP);
    return all;
  }

  /** The bound UDP port, -1 before binding. */
  public int localPort() {
    return link.localPort();
  }

  @Override
  public void start(SampleSink sink) {
    Objects.requireNonNull(sink);
    link.start(
        new UdpLink.Handler() {
          @Override
          public void datagram(byte[] buf, int length, long timeNanos) {
            String text = new String(buf, 0, length, StandardCharsets.UTF_8);
            for (String line : text.split("\r?\n")) {
              decoder.decode(line, ++lineNumber, timeNanos);
            }
          }

          @Override
          public void tick(long timeNanos) {
            decoder.flush(sink);
          }

          @Override
          public void resumed(long gapNanos, long timeNanos) {
            sink.publish(SampleBlock.single(UdpLink.GAP, timeNanos, gapNanos / 1e9));
          }

          @Override
          public void stopped(long timeNanos) {
            decoder.flush(sink);
          }
        },
        System.nanoTime());
  }

  @Override
  public void stop() {
    link.stop();
  }
}
