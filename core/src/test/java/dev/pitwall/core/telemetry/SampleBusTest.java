package dev.pitwall.core.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleBusTest {
  private final Channel speed = new Channel("speed", "km/h", 100);

  @Test
  void fansEveryBlockOutToEverySubscriber() {
    SampleBus bus = new SampleBus();
    Subscription a = bus.subscribe("a", 8);
    Subscription b = bus.subscribe("b", 8);
    bus.publish(SampleBlock.single(speed, 10, 1.5));
    List<SampleBlock> got = new ArrayList<>();
    assertEquals(1, a.drainTo(got));
    assertEquals(1, b.drainTo(got));
    assertEquals(2, got.size());
    assertEquals(1, bus.publishedSamples());
    assertEquals(List.of(speed), bus.channels());
  }

  @Test
  void countsOverrunSamplesInsteadOfBlockingTheSource() {
    SampleBus bus = new SampleBus();
    Subscription slow = bus.subscribe("slow", 2);
    for (int i = 0; i < 5; i++) {
      bus.publish(new SampleBlock(speed, new long[] {i, i + 1, i + 2}, new double[3], 3));
    }
    assertEquals(2, slow.buffered());
    assertEquals(3, slow.droppedBlocks());
    assertEquals(9, slow.droppedSamples());
    assertEquals(9, bus.droppedSamples());
  }

  @Test
  void rejectsTimesThatGoBackwards() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SampleBlock(speed, new long[] {5, 4}, new double[2], 2));
    assertEquals("block of speed: time decreases at index 1", e.getMessage());
  }

  @Test
  void builderHandsOverBlocksAndStartsAgain() {
    SampleBlockBuilder builder = new SampleBlockBuilder(speed, 1);
    for (int i = 0; i < 10; i++) {
      builder.add(i * 10L, i * 2.0);
    }
    SampleBlock block = builder.build();
    assertEquals(10, block.size());
    assertEquals(90, block.lastTimeNanos());
    assertEquals(18.0, block.value(9));
    assertEquals(0, builder.size());
  }

  @Test
  void channelKeyNamesOtherCars() {
    assertEquals("speed", speed.key());
    assertEquals("car3/speed", speed.forCar(3).key());
  }
}
