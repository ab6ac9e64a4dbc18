package dev.pitwall.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SimulatedCarSourceTest {

  private static void awaitStopped(SimulatedCarSource source) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (source.state() != SourceState.STOPPED && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(SourceState.STOPPED, source.state());
  }

  @Test
  void runsThroughTheLifecycleAndStopsItselfAfterTheDuration() throws Exception {
    var source = new SimulatedCarSource("sim:cota?cars=2&seed=1&speed=max&duration=30");
    List<SourceState> states = new CopyOnWriteArrayList<>();
    source.lifecycle().addListener((name, from, to) -> states.add(to));
    Map<Channel, AtomicLong> counts = new ConcurrentHashMap<>();
    source.start(
        b -> counts.computeIfAbsent(b.channel(), c -> new AtomicLong()).addAndGet(b.size()));
    awaitStopped(source);
    assertEquals(
        List.of(SourceState.CONNECTING, SourceState.STREAMING, SourceState.STOPPED), states);
    assertEquals(2 * SimChannels.PER_CAR, counts.size(), "per-car channels");
    for (Channel c : source.channels()) {
      assertEquals(3000, counts.get(c).get(), "30 s at 100 Hz of " + c.key());
    }
    assertEquals(2L * SimChannels.PER_CAR * 3000, source.health().samples());
    assertEquals(0, source.health().decodeErrors());
  }

  @Test
  void describesCarDriverAndTrack() {
    var source = new SimulatedCarSource("sim:Spa?cars=3&seed=9");
    assertEquals("Toyota GR86 Cup", source.metadata().car());
    assertEquals("spa", source.metadata().track());
    assertEquals(source.driverNames().get(0), source.metadata().driver());
    assertEquals(3, source.driverNames().stream().distinct().count());
    assertEquals(3 * SimChannels.PER_CAR, source.channels().size());
    assertTrue(source.channels().contains(new Channel("tyreWearRR", "%", 100, 2)));
  }

  @Test
  void unknownTrackIsRefusedWithTheKnownTracks() {
    var e =
        assertThrows(IllegalArgumentException.class, () -> new SimulatedCarSource("sim:monaco"));
    assertTrue(
        e.getMessage().contains("cota") && e.getMessage().contains("suzuka"), e.getMessage());
  }

  @Test
  void stopEndsARealTimeRunAndIsIdempotent() throws Exception {
    var source = new SimulatedCarSource(SimConfig.realTime("monza"));
    List<SampleBlock> blocks = new CopyOnWriteArrayList<>();
    source.start(blocks::add);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (blocks.size() < 3 * SimChannels.PER_CAR && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    source.stop();
    source.stop();
    assertEquals(SourceState.STOPPED, source.state());
    int published = blocks.size();
    Thread.sleep(50);
    assertEquals(published, blocks.size(), "nothing published after stop");
    assertEquals(1, blocks.get(0).size(), "real time publishes every 10 ms tick");
    assertEquals(10_000_000L, blocks.get(0).firstTimeNanos());
    assertThrows(IllegalStateException.class, () -> source.start(b -> {}));
  }

  @Test
  void realTimeIsPacedByTheWallClock() throws Exception {
    var source = new SimulatedCarSource("sim:cota?speed=1&duration=0.3");
    long start = System.nanoTime();
    source.start(b -> {});
    awaitStopped(source);
    double wallS = (System.nanoTime() - start) / 1e9;
    // a loose lower bound only: an unpaced run would take a few milliseconds
    assertTrue(wallS >= 0.25, "0.3 s of session took " + wallS + " s of wall time");
  }

  @Test
  void aFailingSinkIsCountedAndNeverKillsTheThreadSilently() throws Exception {
    var source = new SimulatedCarSource("sim:cota?speed=max&duration=100");
    source.start(
        b -> {
          throw new IllegalStateException("consumer bug");
        });
    awaitStopped(source);
    var health = source.health();
    assertEquals(SimulatedCarSource.maxConsecutiveFailures(), health.decodeErrors());
    assertTrue(health.lastError().message().contains("consumer bug"), health.lastError().message());
    assertTrue(health.lastError().message().contains("sim:cota"), health.lastError().message());
  }
}
