package dev.pitwall.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pitwall.hardware.f1.F1UdpSource;
import dev.pitwall.hardware.serial.NmeaSource;
import dev.pitwall.hardware.serial.SerialCsvSource;
import dev.pitwall.hardware.serial.SerialEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointParsingTest {
  @Test
  void parsesTheF1Uri() {
    UdpEndpoint e = UdpEndpoint.parse("udp://0.0.0.0:20777?format=f1");
    assertEquals(20777, e.bindAddress().getPort());
    assertEquals("f1", e.param("format", ""));
  }

  @Test
  void parsesSerialUris() {
    SerialEndpoint n = SerialEndpoint.parse("nmea:/dev/ttyUSB0?baud=9600");
    assertEquals("/dev/ttyUSB0", n.path());
    assertEquals(9600, n.baud());
    SerialEndpoint c = SerialEndpoint.parse("serial:/dev/ttyACM1?baud=115200&format=csv");
    assertEquals("csv", c.param("format", ""));
    assertEquals(115_200, SerialEndpoint.parse("nmea:/dev/ttyUSB0").baud());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "udp://0.0.0.0?format=f1",
        "tcp://0.0.0.0:20777",
        "udp://0.0.0.0:20777?format=csv"
      })
  void refusesBadF1Uris(String uri) {
    assertThrows(IllegalArgumentException.class, () -> F1UdpSource.fromUri(uri));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nmea:", "nmea:/dev/ttyUSB0?baud=fast", "serial:/dev/ttyUSB0?baud=-1"})
  void refusesBadSerialUris(String uri) {
    assertThrows(IllegalArgumentException.class, () -> NmeaSource.fromUri(uri));
  }

  @Test
  void refusesSchemesOfTheOtherSerialSource() {
    assertThrows(IllegalArgumentException.class, () -> NmeaSource.fromUri("serial:/dev/x"));
    assertThrows(IllegalArgumentException.class, () -> SerialCsvSource.fromUri("nmea:/dev/x"));
  }
}
