package dev.pitwall.hardware.serial;

import static dev.pitwall.hardware.serial.NmeaDecoderTest.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NmeaSource and SerialCsvSource over real ptys made by socat, including unplug/replug. */
class SerialSourcePtyTest {
  @TempDir Path dir;
  private final Queue<SampleBlock> blocks = new ConcurrentLinkedQueue<>();

  @BeforeAll
  static void needsSocat() {
    SocatPty.assumeSocat();
  }

  @Test
  void nmeaSourceDecodesAGpsAt25HzAndCountsACorruptedLine() throws Exception {
    try (SocatPty pty = new SocatPty(dir).start();
        NmeaSource source =
            new NmeaSource(
                "nmea:" + pty.deviceA + "?baud=115200&rate=25",
                Duration.ofSeconds(1),
                Duration.ofMillis(10))) {
      source.start(blocks::add);
      waitFor(() -> source.state() == SourceState.CONNECTING, "port open");
      Thread.sleep(200);
      for (int i = 0; i < 25; i++) {
        String time = String.format("1200%02d.%02d", i / 25, (i % 25) * 4);
        pty.write(
            sentence("GPRMC," + time + ",A,4530.000,N,00915.000,E,100.0,45.0,010125,,") + "\r\n");
        pty.write(
            sentence("GPGGA," + time + ",4530.000,N,00915.000,E,2,11,0.8,150.5,M,,M,,") + "\r\n");
        Thread.sleep(40);
      }
      pty.write("$GPRMC,120001.00,A,4530.000,N,00915.000,E,100.0,45.0,010125,,*00\r\n");
      waitFor(() -> source.health().invalidFrames() == 1, "corrupted line counted");
      waitFor(() -> count("latitude") == 25, "25 fixes");
      assertEquals(SourceState.STREAMING, source.state());
      assertEquals(45.5, max("latitude"), 1e-9);
      assertEquals(185.2, max("speed"), 1e-9);
      assertEquals(11, max("gpsSatellites"));
      assertEquals(150.5, max("altitude"), 1e-9);
      assertTrue(source.health().lastError().message().contains("line 51"));
    }
  }

  @Test
  void csvSourceReconnectsWithinTwoSecondsAfterTheDeviceComesBack() throws Exception {
    SocatPty pty = new SocatPty(dir).start();
    try (SerialCsvSource source =
        new SerialCsvSource(
            "serial:" + pty.deviceA + "?baud=115200&format=csv",
            Duration.ofSeconds(1),
            Duration.ofMillis(10))) {
      source.start(blocks::add);
      Thread.sleep(300);
      pty.write("time_s,speed[km/h],rpm[rpm]\n0.0,10,4000\n0.1,20,5000\n0.2,3");
      waitFor(() -> count("speed") == 2, "two samples before unplug");

      pty.kill(); // unplugged mid-line
      waitFor(() -> source.state() == SourceState.RECONNECTING, "device loss noticed");
      Thread.sleep(500);
      pty = new SocatPty(dir).start(); // re-enumerated under the same name
      long back = System.nanoTime();
      waitFor(() -> source.health().reconnects() == 1, "reopened");
      pty.write("time_s,speed[km/h],rpm[rpm]\n0.0,30,6000\n");
      waitFor(() -> count("speed") == 3, "data after replug");
      assertTrue(System.nanoTime() - back < 2_000_000_000L, "back within 2 s");
      assertEquals(SourceState.STREAMING, source.state());
      assertEquals(1, source.health().invalidFrames(), "the cut-off line '0.2,3'");
      assertEquals(30.0, max("speed"));
    } finally {
      pty.kill();
    }
  }

  @Test
  void nmeaSourceStallsWhenTheReceiverGoesQuietAndStreamsAgain() throws Exception {
    try (SocatPty pty = new SocatPty(dir).start();
        NmeaSource source =
            new NmeaSource(
                "nmea:" + pty.deviceA + "?rate=1", Duration.ofMillis(500), Duration.ofMillis(10))) {
      source.start(blocks::add);
      Thread.sleep(300);
      String gga = sentence("GPGGA,120000.00,4530.000,N,00915.000,E,1,7,1.0,10.0,M,,M,,");
      pty.write(gga + "\r\n");
      waitFor(() -> source.state() == SourceState.STREAMING, "streaming");
      waitFor(() -> source.state() == SourceState.STALLED, "stalled after 0.5 s");
      assertTrue(source.health().lastError().message().contains("no data for 500 ms"));
      pty.write(gga.replace("120000", "120005") + "\r\n");
      waitFor(() -> source.state() == SourceState.STREAMING, "streaming again");
      assertEquals(0, source.health().reconnects(), "a quiet device is not a lost device");
    }
  }

  private long count(String name) {
    return blocks.stream()
        .filter(b -> b.channel().name().equals(name))
        .mapToLong(SampleBlock::size)
        .sum();
  }

  private double max(String name) {
    return blocks.stream()
        .filter(b -> b.channel().name().equals(name))
        .flatMapToDouble(b -> Arrays.stream(b.values()))
        .max()
        .orElse(Double.NaN);
  }

  static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(10);
    }
  }
}
