package dev.pitwall.hardware.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.hardware.f1.F1Channel;
import dev.pitwall.hardware.f1.F1Output;
import dev.pitwall.hardware.f1.F1UdpDecoder;
import dev.pitwall.hardware.serial.CsvLineDecoder;
import dev.pitwall.hardware.serial.NmeaDecoder;

/**
 * Jazzer fuzz tests of every decoder. In a normal build they run in regression mode (the empty
 * input and any saved crash inputs); {@code JAZZER_FUZZ=1 ./run-tests -pl hardware -am
 * -Dtest=DecoderFuzzTest} fuzzes each for {@code maxDuration}. The property: any input is either
 * accepted or counted exactly once, and nothing is thrown.
 */
class DecoderFuzzTest {
  private static final F1Output DISCARD =
      new F1Output() {
        @Override
        public void sample(F1Channel channel, int car, long timeNanos, double value) {}
      };

  @FuzzTest(maxDuration = "60s")
  void f1DecoderCountsOrAcceptsEveryDatagram(byte[] datagram) {
    SourceCounters counters = new SourceCounters();
    boolean accepted =
        new F1UdpDecoder("fuzz", counters, DISCARD).decode(datagram, 0, datagram.length, 0);
    SourceHealth h = counters.snapshot(SourceState.STREAMING);
    assertEquals(1, h.frames());
    assertEquals(accepted ? 0 : 1, h.invalidFrames() + h.unknownIds() + h.decodeErrors());
  }

  @FuzzTest(maxDuration = "30s")
  void nmeaDecoderNeverThrows(String line) {
    SourceCounters counters = new SourceCounters();
    NmeaDecoder decoder = new NmeaDecoder("fuzz", counters, 10);
    decoder.decode(line, 1, 0);
    if (line != null) {
      decoder.decode(withChecksum(line), 2, 0); // get past the checksum into the field parsers
    }
    decoder.flush(block -> {});
  }

  private static String withChecksum(String body) {
    int cs = 0;
    for (char c : body.toCharArray()) {
      cs ^= c;
    }
    return "$" + body + String.format("*%02X", cs & 0xFF);
  }

  @FuzzTest(maxDuration = "30s")
  void csvDecoderNeverThrows(String line) {
    SourceCounters counters = new SourceCounters();
    CsvLineDecoder decoder = new CsvLineDecoder("fuzz", counters, 10);
    decoder.decode("time_s,speed[km/h],rpm[rpm]", 1, 0);
    decoder.decode(line, 2, 0);
    decoder.flush(block -> {});
  }
}
