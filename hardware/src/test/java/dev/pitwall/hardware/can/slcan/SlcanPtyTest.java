package dev.pitwall.hardware.can.slcan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.hardware.can.CanDecoder;
import dev.pitwall.hardware.can.CanFrame;
import dev.pitwall.hardware.can.CanTestData;
import dev.pitwall.hardware.can.ChecksumScheme;
import dev.pitwall.hardware.can.candump.CandumpLine;
import dev.pitwall.hardware.can.dbc.DbcParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SLCAN over a real pseudo-terminal pair (socat), fed with the RAV4 log's frames. */
class SlcanPtyTest {

  private static List<CanFrame> rav4Frames() throws Exception {
    List<CanFrame> frames = new ArrayList<>();
    for (String line : Files.readAllLines(CanTestData.rav4Log())) {
      frames.add(CandumpLine.parse(line));
    }
    return frames;
  }

  private static CanDecoder rav4Decoder() throws Exception {
    return new CanDecoder(DbcParser.parse(CanTestData.rav4Dbc()), ChecksumScheme.TOYOTA);
  }

  private static void await(BooleanSupplier condition, long timeoutMs, String what)
      throws Exception {
    awaitExplained(condition, timeoutMs, () -> what);
  }

  private static void awaitExplained(
      BooleanSupplier condition, long timeoutMs, Supplier<String> what) throws Exception {
    long end = System.currentTimeMillis() + timeoutMs;
    while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
      Thread.sleep(5);
    }
    assertTrue(condition.getAsBoolean(), () -> "timed out waiting for " + what.get());
  }

  @Test
  void decodesTheSameChannelValuesAsTheCandumpLog(@TempDir Path dir) throws Exception {
    List<CanFrame> frames = rav4Frames();
    CanDecoder decoder = rav4Decoder();
    Map<String, List<Double>> expected = new TreeMap<>();
    for (CanFrame f : frames) {
      decoder.decode(
          f,
          (c, t, v) ->
              expected
                  .computeIfAbsent(decoder.channels().get(c).name(), k -> new ArrayList<>())
                  .add(v));
    }
    Map<String, List<Double>> actual = new ConcurrentHashMap<>();
    try (SocatPtyPair pty = SocatPtyPair.open(dir);
        FakeSlcanAdapter adapter =
            new FakeSlcanAdapter(new JSerialCommLink(pty.a.toString(), 115_200), frames);
        SlcanSource source =
            new SlcanSource(
                "slcan:" + pty.b,
                new JSerialCommLink(pty.b.toString(), 115_200),
                decoder,
                500_000,
                true)) {
      source.start(block -> collect(block, actual));
      awaitExplained(
          () -> source.health().frames() == frames.size(),
          60_000,
          () ->
              "all frames over the pty; " + source.health() + ", adapter saw " + adapter.commands);
      source.stop();
      SourceHealth h = source.health();
      System.out.println("SLCAN over pty: " + h);
      assertEquals(List.of("C", "S6", "Z1", "O"), adapter.commands.subList(0, 4));
      assertEquals(48_961, h.unknownIds());
      assertEquals(0, h.invalidFrames());
      assertEquals(expected, new TreeMap<>(actual));
    }
  }

  private static void collect(SampleBlock block, Map<String, List<Double>> into) {
    List<Double> list = into.computeIfAbsent(block.channel().name(), k -> new ArrayList<>());
    synchronized (list) {
      for (double v : block.values()) {
        list.add(v);
      }
    }
  }

  @Test
  void reconnectsWithinTwoSecondsWhenTheDeviceComesBack(@TempDir Path dir) throws Exception {
    List<CanFrame> some = rav4Frames().subList(0, 500);
    CanDecoder decoder = rav4Decoder();
    SocatPtyPair pty = SocatPtyPair.open(dir);
    FakeSlcanAdapter adapter =
        new FakeSlcanAdapter(new JSerialCommLink(pty.a.toString(), 115_200), some);
    try (SlcanSource source =
        new SlcanSource(
            "slcan:" + pty.b,
            new JSerialCommLink(pty.b.toString(), 115_200),
            decoder,
            500_000,
            false)) {
      source.start(b -> {});
      await(() -> source.health().frames() == 500, 10_000, "first 500 frames");
      adapter.close();
      pty.close();
      await(
          () ->
              source.state() == SourceState.RECONNECTING
                  || source.state() == SourceState.CONNECTING,
          3_000,
          "the source to notice the device is gone");
      Thread.sleep(600); // several failed retries while the device is absent
      pty = SocatPtyPair.open(dir);
      long back = System.nanoTime();
      adapter = new FakeSlcanAdapter(new JSerialCommLink(pty.a.toString(), 115_200), some);
      await(() -> source.health().frames() == 1000, 5_000, "frames after the device came back");
      double seconds = (System.nanoTime() - back) / 1e9;
      System.out.printf(
          "SLCAN reconnect: streaming again %.3f s after the device came back; %s%n",
          seconds, source.health());
      assertTrue(seconds < 2.0, "reconnected after " + seconds + " s");
      assertEquals(1, source.health().reconnects());
      assertTrue(
          source.health().lastError().message().contains(pty.b.toString()),
          source.health().lastError().message());
    } finally {
      adapter.close();
      pty.close();
    }
  }
}
