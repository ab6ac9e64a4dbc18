package dev.pitwall.app.ui.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import org.junit.jupiter.api.Test;

class ChannelRingTest {
  private static final Channel SPEED = new Channel("speed", "km/h", 100);

  @Test
  void keepsTheNewestSamplesOldestFirstAfterWrapping() {
    ChannelRing ring = new ChannelRing(SPEED, 8);
    for (int i = 0; i < 20; i++) {
      ring.append(i * 10L, i);
    }

    assertEquals(8, ring.capacity());
    assertEquals(8, ring.size());
    assertEquals(20, ring.totalSamples());
    assertEquals(12, ring.value(0));
    assertEquals(120, ring.timeNanos(0));
    assertEquals(19, ring.latestValue());
    assertEquals(190, ring.latestTimeNanos());
  }

  @Test
  void roundsCapacityUpToAPowerOfTwo() {
    assertEquals(8192, new ChannelRing(SPEED, 7500).capacity());
    assertEquals(1024, new ChannelRing(SPEED, 1024).capacity());
  }

  @Test
  void findsTheFirstSampleAtOrAfterATime() {
    ChannelRing ring = new ChannelRing(SPEED, 16);
    for (int i = 0; i < 30; i++) {
      ring.append(i * 10L, i);
    }
    // kept: t = 140 .. 290
    assertEquals(0, ring.firstIndexAtOrAfter(0));
    assertEquals(0, ring.firstIndexAtOrAfter(140));
    assertEquals(1, ring.firstIndexAtOrAfter(141));
    assertEquals(15, ring.firstIndexAtOrAfter(290));
    assertEquals(16, ring.firstIndexAtOrAfter(291));
  }

  @Test
  void appendsWholeBlocksAndReportsNanWhenEmpty() {
    ChannelRing ring = new ChannelRing(SPEED, 4);
    assertTrue(Double.isNaN(ring.latestValue()));
    ring.append(new SampleBlock(SPEED, new long[] {1, 2, 3}, new double[] {5, 6, 7}, 3));
    assertEquals(3, ring.size());
    assertEquals(7, ring.latestValue());
  }
}
