package dev.pitwall.app.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingSinkTest {
  private final List<SampleBlock> out = new ArrayList<>();

  private static SampleBlock block(Channel c, double... values) {
    long[] t = new long[values.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = i * 10_000_000L;
    }
    return new SampleBlock(c, t, values.clone(), values.length);
  }

  private List<String> keys() {
    return out.stream().map(b -> b.channel().key()).toList();
  }

  @Test
  void passesRawBlocksAndPublishesConvertedRoleCopiesForEveryCar() {
    MappingSink sink = new MappingSink(out::add, ChannelMap.automatic(), List.of());
    Channel wheel = new Channel("VEHICLE_SPEED", "m/s", 50);
    sink.publish(block(wheel, 10, 20));
    sink.publish(block(wheel.forCar(3), 1));
    assertEquals(List.of("VEHICLE_SPEED", "speed", "car3/VEHICLE_SPEED", "car3/speed"), keys());
    assertEquals(36.0, out.get(1).value(0), 1e-9);
    assertEquals(72.0, out.get(1).value(1), 1e-9);
    assertEquals("km/h", out.get(1).channel().unit());
    assertEquals(out.get(0).timeNanos(1), out.get(1).timeNanos(1));
    assertEquals(3.6, out.get(3).value(0), 1e-9);
  }

  @Test
  void channelsWithTheScreensNamesPassWithoutCopies() {
    MappingSink sink = new MappingSink(out::add, ChannelMap.automatic(), List.of());
    sink.publish(block(new Channel("speed", "km/h", 100), 1));
    assertEquals(List.of("speed"), keys());
  }

  @Test
  void declaredRoleNameWinsOverAnAliasSeenFirst() {
    Channel own = new Channel("speed", "km/h", 10);
    MappingSink sink = new MappingSink(out::add, ChannelMap.automatic(), List.of(own));
    sink.publish(block(new Channel("VEHICLE_SPEED", "km/h", 50), 5));
    assertEquals(List.of("VEHICLE_SPEED"), keys(), "no derived 'speed' beside the source's own");
  }

  @Test
  void applyingAnotherMapTakesEffectOnTheNextBlockAndKeepsTheFirstUnit() {
    MappingSink sink = new MappingSink(out::add, ChannelMap.automatic(), List.of());
    Channel a = new Channel("SPEED.SPEED", "kph", 50);
    Channel b = new Channel("WHEEL.FL", "kph", 50);
    sink.publish(block(a, 50));
    sink.publish(block(b, 40));
    sink.apply(ChannelMap.automatic().with(ScreenRole.SPEED, RoleSource.of("WHEEL.FL")));
    sink.publish(block(a, 51));
    sink.publish(block(b, 41));
    assertEquals(
        List.of("SPEED.SPEED", "speed", "WHEEL.FL", "SPEED.SPEED", "WHEEL.FL", "speed"), keys());
    assertEquals(41, out.get(5).value(0));
    assertTrue(out.get(1).channel() == out.get(5).channel(), "one channel per name and car");
  }

  @Test
  void missingMappedChannelIsReportedUntilItAppears() {
    ChannelMap map = ChannelMap.automatic().with(ScreenRole.RPM, RoleSource.of("ECU.N"));
    MappingSink sink = new MappingSink(out::add, map, List.of());
    assertEquals(1, sink.resolution().problems().size());
    sink.publish(block(new Channel("ECU.N", "1/min", 50), 3000));
    assertTrue(sink.resolution().problems().isEmpty());
    assertEquals(List.of("ECU.N", "rpm"), keys());
  }
}
