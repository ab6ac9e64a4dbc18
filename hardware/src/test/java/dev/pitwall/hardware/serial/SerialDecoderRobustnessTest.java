package dev.pitwall.hardware.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceCounters;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleSink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded property tests: garbage serial input is counted, never thrown. */
class SerialDecoderRobustnessTest {
  private static final String ALPHABET = "$*,.-0123456789ABCDEFGPRMCVTGKNSWE[]/ms_\u00ff\u0000\r";

  private final SourceCounters counters = new SourceCounters();
  private final AtomicLong published = new AtomicLong();
  private final SampleSink sink = b -> published.addAndGet(b.size());

  private SourceHealth health() {
    return counters.snapshot(SourceState.STREAMING);
  }

  private static String garbage(SplittableRandom random, boolean nmeaLike) {
    StringBuilder s = new StringBuilder(nmeaLike ? "$GP" : "");
    int n = random.nextInt(0, 120);
    for (int i = 0; i < n; i++) {
      s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void nmeaGarbageIsCounted(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    NmeaDecoder decoder = new NmeaDecoder("nmea:fuzz", counters, 10);
    for (int i = 1; i <= 20_000; i++) {
      String line = garbage(random, random.nextBoolean());
      if (random.nextInt(3) == 0) {
        line = NmeaDecoderTest.sentence(line.replace("$", "").replace("*", ""));
      }
      decoder.decode(line, i, i);
    }
    decoder.flush(sink);
    assertEquals(20_000, health().frames());
    assertTrue(health().invalidFrames() > 10_000, "most garbage fails the checksum");
  }

  @ParameterizedTest
  @ValueSource(longs = {4, 5, 6})
  void csvGarbageIsCountedAndValidLinesStillDecode(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    CsvLineDecoder decoder = new CsvLineDecoder("serial:fuzz", counters, 100);
    decoder.decode("time_s,speed[km/h],rpm[rpm]", 1, 0);
    int valid = 0;
    for (int i = 2; i <= 20_000; i++) {
      if (random.nextInt(4) == 0) {
        decoder.decode(i * 0.01 + "," + random.nextInt(300) + "," + random.nextInt(15000), i, 0);
        valid++;
      } else {
        decoder.decode(garbage(random, false).replace("[", "").replace("]", ""), i, 0);
      }
    }
    decoder.flush(sink);
    List<Channel> channels = decoder.channels();
    assertTrue(channels.size() >= 2, "header channels survive: " + channels);
    assertTrue(published.get() >= 2L * valid, published + " samples for " + valid + " lines");
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8})
  void lineSplitterCountsOverlongAndCutOffLines(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AtomicLong lines = new AtomicLong();
    AtomicLong lastNumber = new AtomicLong();
    LineDecoder counting =
        new LineDecoder() {
          @Override
          public void decode(String line, long lineNumber, long timeNanos) {
            assertTrue(lineNumber > lastNumber.getAndSet(lineNumber), "line numbers increase");
            lines.incrementAndGet();
          }

          @Override
          public void flush(SampleSink s) {}

          @Override
          public List<Channel> channels() {
            return List.of();
          }
        };
    SerialLineLink.LineSplitter splitter =
        new SerialLineLink.LineSplitter("serial:fuzz", counters, 64);
    for (int i = 0; i < 2_000; i++) {
      byte[] chunk = new byte[random.nextInt(1, 200)];
      random.nextBytes(chunk);
      splitter.accept(chunk, chunk.length, i, counting);
    }
    splitter.accept("\ntail-without-newline".getBytes(StandardCharsets.US_ASCII), 21, 0, counting);
    splitter.disconnected();
    assertEquals(splitter.lines(), lines.get() + health().invalidFrames());
    assertTrue(health().lastError().message().contains("cut off by disconnect after 20 bytes"));
  }
}
