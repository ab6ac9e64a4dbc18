package dev.pitwall.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.track.TrackCatalog;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SensorResolutionTest {
  private static final TrackCatalog CATALOG = TrackCatalog.builtIn();

  static IntStream channels() {
    return IntStream.range(0, SimChannels.PER_CAR);
  }

  @ParameterizedTest
  @MethodSource("channels")
  void everyEmittedValueIsAnExactDecimalAtTheChannelsResolution(int channel) {
    SimulatedSession s = SimulatedSession.create(CATALOG, "cota", 1, 5);
    double scale = Math.pow(10, SensorResolution.decimals(channel));
    Set<Double> distinct = new HashSet<>();
    for (int tick = 0; tick < 3000; tick++) {
      s.tick();
      double v = s.value(0, channel);
      assertEquals(
          v,
          Math.round(v * scale) / scale,
          0.0,
          SimChannels.NAMES[channel][0] + " = " + v + " is not on its resolution grid");
      distinct.add(v);
    }
    // the resolution is fine enough that a moving car does not freeze a channel into a few steps
    assertTrue(
        distinct.size() > 5 || SimChannels.NAMES[channel][0].equals("gear"),
        SimChannels.NAMES[channel][0] + " took only " + distinct.size() + " values in 30 s");
  }

  @ParameterizedTest
  @CsvSource({
    "0, 123.456, 123.46", // speed 0.01 km/h
    "1, 6543.5, 6544", // rpm 1
    "3, 99.95, 100.0", // throttle 0.1 %
    "7, -1.23449, -1.234", // accLat 0.001 g
    "11, 30.13281234, 30.1328123", // latitude 1e-7 deg
    "20, 2.10049, 2.1", // tyre pressure 0.001 bar
  })
  void roundsToTheNearestStep(int channel, double raw, double expected) {
    assertEquals(expected, SensorResolution.round(channel, raw), 0.0);
  }

  @ParameterizedTest
  @CsvSource({"NaN", "Infinity", "-Infinity"})
  void leavesNonFiniteValuesAlone(double raw) {
    assertEquals(raw, SensorResolution.round(0, raw), 0.0);
  }
}
