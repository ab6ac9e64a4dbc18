package dev.pitwall.hardware.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NmeaDecoderTest {
  private final SourceCounters counters = new SourceCounters();
  private final NmeaDecoder decoder = new NmeaDecoder("nmea:/dev/test", counters, 10);
  private final List<SampleBlock> blocks = new ArrayList<>();

  /** Appends the checksum the way a receiver does. */
  static String sentence(String body) {
    int cs = 0;
    for (char c : body.toCharArray()) {
      cs ^= c;
    }
    return "$" + body + String.format("*%02X", cs);
  }

  private double last(String channel) {
    decoder.flush(blocks::add);
    SampleBlock b =
        blocks.stream().filter(x -> x.channel().name().equals(channel)).reduce((a, c) -> c).get();
    return b.value(b.size() - 1);
  }

  private SourceHealth health() {
    return counters.snapshot(SourceState.STREAMING);
  }

  @Test
  void decodesRmcPositionSpeedAndHeading() {
    decoder.decode("$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6A", 1, 1000);
    assertEquals(48.1173, last("latitude"), 1e-4);
    assertEquals(11.516667, last("longitude"), 1e-6);
    assertEquals(22.4 * 1.852, last("speed"), 1e-9);
    assertEquals(84.4, last("heading"), 1e-9);
    assertEquals(12 * 3600 + 35 * 60 + 19, last("gpsUtcTimeOfDay"), 1e-9);
    assertEquals(0, health().invalidFrames());
  }

  @Test
  void decodesGgaFixSatellitesAltitudeInTheSouthWest() {
    decoder.decode(
        sentence("GNGGA,092750.000,5321.6802,S,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,"), 1, 0);
    assertEquals(-53.361337, last("latitude"), 1e-6);
    assertEquals(-6.505620, last("longitude"), 1e-6);
    assertEquals(1, last("gpsFixQuality"));
    assertEquals(8, last("gpsSatellites"));
    assertEquals(61.7, last("altitude"), 1e-9);
  }

  @Test
  void usesVtgSpeedOnlyWithoutRmc() {
    decoder.decode(sentence("GPVTG,054.7,T,034.4,M,005.5,N,010.2,K,A"), 1, 0);
    assertEquals(10.2, last("speed"), 1e-9);
    assertEquals(54.7, last("heading"), 1e-9);
  }

  @Test
  void emitsOnePositionPerFixWhenRmcAndGgaShareAnEpoch() {
    decoder.decode(sentence("GPRMC,100000.00,A,4500.000,N,00900.000,E,10.0,90.0,010125,,"), 1, 0);
    decoder.decode(sentence("GPGGA,100000.00,4500.000,N,00900.000,E,1,9,0.9,120.0,M,,M,,"), 2, 0);
    decoder.flush(blocks::add);
    int latitudes =
        blocks.stream()
            .filter(b -> b.channel().name().equals("latitude"))
            .mapToInt(SampleBlock::size)
            .sum();
    assertEquals(1, latitudes);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W*6B | checksum 6B",
        "$GPRMC,123519,A,4807.038,N,01131.000,E,022.4,084.4,230394,003.1,W | missing",
        "GPRMC,123519,A,4807.038,N | no leading",
        "$GPRMC,123519,A,4807.0*ZZ | not hex"
      })
  void countsCorruptedSentencesWithTheirLineNumber(String line, String cause) {
    decoder.decode(line, 42, 0);
    assertEquals(1, health().invalidFrames());
    String message = health().lastError().message();
    assertTrue(message.contains("nmea:/dev/test line 42") && message.contains(cause), message);
  }

  @Test
  void countsBadFieldsAsDecodeErrors() {
    decoder.decode(sentence("GPGGA,100000.00,45x0.000,N,00900.000,E,1,9,0.9,120.0,M,,M,,"), 7, 0);
    decoder.decode(sentence("GPRMC,1"), 8, 0);
    assertEquals(2, health().decodeErrors());
    assertTrue(health().lastError().message().contains("line 8"));
  }

  @Test
  void countsOtherSentencesAsUnknown() {
    decoder.decode(
        sentence("GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00"), 1, 0);
    assertEquals(1, health().unknownIds());
    assertEquals(0, health().invalidFrames());
  }
}
