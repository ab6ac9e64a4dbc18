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

class CsvLineDecoderTest {
  private final SourceCounters counters = new SourceCounters();
  private final CsvLineDecoder decoder = new CsvLineDecoder("serial:/dev/test", counters, 100);
  private final List<SampleBlock> blocks = new ArrayList<>();

  private SourceHealth health() {
    return counters.snapshot(SourceState.STREAMING);
  }

  private List<SampleBlock> flushed(String name) {
    decoder.flush(blocks::add);
    return blocks.stream().filter(b -> b.channel().name().equals(name)).toList();
  }

  @Test
  void readsChannelsAndUnitsFromTheHeaderAndTimeFromTheFirstColumn() {
    decoder.decode("time_s,speed[km/h],rpm[rpm]", 1, 0);
    decoder.decode("0.00,100.5,8000", 2, 999);
    decoder.decode("0.01,101.0,8100", 3, 999);
    SampleBlock speed = flushed("speed").get(0);
    assertEquals("km/h", speed.channel().unit());
    assertEquals(2, speed.size());
    assertEquals(10_000_000L, speed.timeNanos(1));
    assertEquals(101.0, speed.value(1));
    assertEquals("rpm", flushed("rpm").get(0).channel().unit());
    assertEquals(0, health().invalidFrames() + health().decodeErrors());
  }

  @Test
  void usesReceiveTimeWithoutATimeColumn() {
    decoder.decode("speed[km/h],throttle", 1, 0);
    decoder.decode("50,0.5", 2, 123_000);
    SampleBlock throttle = flushed("throttle").get(0);
    assertEquals("-", throttle.channel().unit());
    assertEquals(123_000L, throttle.timeNanos(0));
  }

  @Test
  void countsPartialAndGarbledLinesWithLineNumbers() {
    decoder.decode("1.0,2.0", 1, 0);
    assertTrue(health().lastError().message().contains("line 1: data before a header"));
    decoder.decode("time_s,speed[km/h],rpm[rpm]", 2, 0);
    decoder.decode("0.5,100", 3, 0);
    assertTrue(health().lastError().message().contains("serial:/dev/test line 3: 2 fields"));
    decoder.decode("0.6,1x0,8000", 4, 0);
    assertTrue(health().lastError().message().contains("line 4, column 2: '1x0'"));
    decoder.decode("\u0000\u00ff,@@,##", 5, 0);
    assertEquals(1, health().invalidFrames());
    assertEquals(3, health().decodeErrors());
  }

  @Test
  void ignoresADifferentHeaderOnceDataMatchedTheFirst() {
    decoder.decode("time_s,speed[km/h]", 1, 0);
    decoder.decode("0.0,100", 2, 0);
    decoder.decode("GPS,ERR", 3, 0);
    decoder.decode("0.1,110", 4, 0);
    assertEquals(2, flushed("speed").get(0).size());
    assertTrue(
        health().lastError().message().contains("line 3: header differs from the one at line 1"));
  }

  @Test
  void aHeaderFragmentCaughtMidStreamIsReplacedByTheRealHeader() {
    decoder.decode("rpm[rpm]", 1, 0); // connected in the middle of the header line
    decoder.decode("time_s,speed[km/h],rpm[rpm]", 2, 0);
    decoder.decode("0.0,100,9000", 3, 0);
    assertEquals(9000.0, flushed("rpm").get(0).value(0));
  }

  @Test
  void startsNewBlocksWhenTheDeviceClockRestarts() {
    decoder.decode("time_s,speed[km/h]", 1, 0);
    decoder.decode("5.0,100", 2, 0);
    decoder.decode("time_s,speed[km/h]", 3, 0);
    decoder.decode("0.0,0", 4, 0);
    List<SampleBlock> speed = flushed("speed");
    assertEquals(2, speed.size(), "time may not run backwards inside a block");
    assertEquals(0, health().decodeErrors());
  }
}
