package dev.pitwall.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SimConfigTest {
  @Test
  void parsesEveryParameter() {
    SimConfig c = SimConfig.parse("sim:COTA?cars=3&seed=42&speed=2.5&duration=30");
    assertEquals(new SimConfig("cota", 3, 42, 2.5, 30), c);
  }

  @Test
  void defaultsToOneCarRealTimeUntilStopped() {
    SimConfig c = SimConfig.parse("sim:spa");
    assertEquals(1, c.cars());
    assertEquals(1.0, c.speedFactor());
    assertTrue(Double.isInfinite(c.durationS()));
  }

  @Test
  void maxSpeedMeansUnlimited() {
    assertTrue(SimConfig.parse("sim:cota?speed=max").unlimitedSpeed());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "udp:cota",
        "sim:",
        "sim:cota?cars=0",
        "sim:cota?cars=x",
        "sim:cota?speed=-1",
        "sim:cota?duration=0",
        "sim:cota?laps=3",
        "sim:cota?cars"
      })
  void rejectsBadUrisNamingThem(String uri) {
    var e = assertThrows(IllegalArgumentException.class, () -> SimConfig.parse(uri));
    assertTrue(e.getMessage().contains("sim"), e.getMessage());
  }
}
