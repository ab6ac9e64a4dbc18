package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-lap sample buffer cuts exactly one lap out and stays bounded. */
class LapSampleWindowTest {
  private static final long S = 1_000_000_000L;
  private static final Channel SPEED = new Channel("speed", "km/h", 100, 0);

  /** One block per second of 100 samples at 10 ms, value = time in seconds. */
  private static SampleBlock second(Channel c, long startS) {
    long[] t = new long[100];
    double[] v = new double[100];
    for (int i = 0; i < 100; i++) {
      t[i] = startS * S + i * 10_000_000L;
      v[i] = t[i] / 1e9;
    }
    return new SampleBlock(c, t, v, 100);
  }

  @Test
  void cutsTheLapsSamplesAndForgetsWhatCameBefore() {
    LapSampleWindow w = new LapSampleWindow(Set.of("speed"));
    for (long s = 0; s < 30; s++) {
      w.accept(second(SPEED, s));
      w.accept(second(SPEED.forCar(1), s)); // another car: ignored
      w.accept(second(new Channel("rpm", "rpm", 100, 0), s)); // not watched: ignored
    }
    Map<String, SampleBlock> lap = w.cut(new Lap(0, 1, 10 * S, 20 * S, List.of(), true));
    assertEquals(Set.of("speed"), lap.keySet());
    SampleBlock speed = lap.get("speed");
    assertEquals(10 * S, speed.firstTimeNanos());
    assertEquals(20 * S, speed.lastTimeNanos());
    assertEquals(1001, speed.size());
    Map<String, SampleBlock> again = w.cut(new Lap(0, 0, 0, 20 * S, List.of(), true));
    assertTrue(
        again.isEmpty() || again.get("speed").firstTimeNanos() >= 20 * S,
        "samples before the cut lap's end are forgotten");
  }

  @Test
  void keepsAtMostTenMinutesWhenNoLapIsEverCompleted() {
    LapSampleWindow w = new LapSampleWindow(Set.of("speed"));
    for (long s = 0; s < 3600; s++) {
      w.accept(second(SPEED, s));
    }
    SampleBlock kept = w.cut(new Lap(0, 1, 0, 3600 * S, List.of(), true)).get("speed");
    assertFalse(kept.firstTimeNanos() < (3600 - 601) * S, "first kept " + kept.firstTimeNanos());
    assertTrue(kept.size() <= 601 * 100, "kept " + kept.size());
  }
}
