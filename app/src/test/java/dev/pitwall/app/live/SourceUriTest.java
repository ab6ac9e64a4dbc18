package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceUriTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "candump:/l/a.log|/d/car.dbc|candump:/l/a.log?dbc=/d/car.dbc",
        "candump:/l/a.log?speed=10|/d/car.dbc|candump:/l/a.log?speed=10&dbc=/d/car.dbc",
        "slcan:/dev/ttyACM0?dbc=/old.dbc|/new.dbc|slcan:/dev/ttyACM0?dbc=/new.dbc",
        "candump:/l/a.log|/d/a+b & c.dbc|candump:/l/a.log?dbc=/d/a%2Bb%20%26%20c.dbc",
      })
  void mergesTheDbcOptionIntoTheUri(String uri, String dbc, String expected) {
    SourceUri merged = SourceUri.parse(uri).with("dbc", dbc);
    assertEquals(expected, merged.toString());
    assertEquals(dbc, SourceUri.parse(merged.toString()).param("dbc"), "round trip");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // uri | frames/s | expected bus load %, -1 = no estimate
        "slcan:/dev/ttyACM0?bitrate=500000&dbc=x|4504.5|100",
        "socketcan:can0?dbc=x|900.9|20",
        "candump:/a.log?dbc=x&speed=10|9009|20",
        "candump:/a.log?dbc=x&speed=max|9009|-1",
        "udp://0.0.0.0:20777?format=f1|1000|-1",
      })
  void estimatesCanBusLoadFromFramesPerSecond(String uri, double fps, double expected) {
    var load = LinkRates.busLoadPercent(uri, fps);
    if (expected < 0) {
      assertTrue(load.isEmpty(), uri);
    } else {
      assertEquals(expected, load.getAsDouble(), 0.01, uri);
    }
  }

  @ParameterizedTest
  @CsvSource({"0,100,2000000000,50", "10,10,1000000000,0", "0,7,0,NaN"})
  void ratesComeFromTwoSnapshots(long before, long after, long nanos, double expected) {
    assertEquals(expected, LinkRates.framesPerS(health(before), health(after), nanos), 1e-9);
  }

  private static SourceHealth health(long frames) {
    return new SourceHealth(SourceState.STREAMING, frames, 0, 0, 0, 0, 0, 0, null);
  }
}
