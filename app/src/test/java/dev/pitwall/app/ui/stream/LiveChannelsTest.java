package dev.pitwall.app.ui.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveChannelsTest {
  private final SampleBus bus = new SampleBus();
  private final LiveChannels channels = new LiveChannels(bus.subscribe("ui", 64), 60);

  @Test
  void drainsBlocksOfEveryChannelAndCarIntoTheirRings() {
    Channel speed = new Channel("speed", "km/h", 100);
    bus.publish(new SampleBlock(speed, new long[] {10, 20}, new double[] {100, 101}, 2));
    bus.publish(SampleBlock.single(speed.forCar(2), 15, 90));

    assertEquals(3, channels.drain());
    assertEquals(101, channels.latest("speed"));
    assertEquals(90, channels.latest("car2/speed"));
    assertEquals(20, channels.latestTimeNanos());
    assertEquals(List.of(0, 2), channels.cars());
    assertTrue(Double.isNaN(channels.latest("rpm")));
    assertNull(channels.ring("rpm"));
    assertEquals(0, channels.drain(), "nothing new");
  }

  @Test
  void sizesRingsForTheHistoryAtTheNominalRate() {
    bus.publish(SampleBlock.single(new Channel("rpm", "rpm", 100), 1, 5000));
    channels.drain();
    assertTrue(channels.ring("rpm").capacity() >= 6000);
  }

  @Test
  void reportsSamplesTheSubscriptionDropped() {
    LiveChannels small = new LiveChannels(bus.subscribe("slow-ui", 1), 60);
    Channel speed = new Channel("speed", "km/h", 100);
    bus.publish(SampleBlock.single(speed, 1, 1));
    bus.publish(SampleBlock.single(speed, 2, 2));
    assertEquals(1, small.drain());
    assertEquals(1, small.droppedSamples());
  }
}
