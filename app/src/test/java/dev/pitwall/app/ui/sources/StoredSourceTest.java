package dev.pitwall.app.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pitwall.app.live.SourceKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoredSourceTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sim:cota?cars=1&seed=3&speed=1 | SIM | sim:cota?cars=1&seed=3&speed=1 | '' | ''",
        "sim:cota?cars=1&seed=3&speed=max&duration=320 | SIM | sim:cota?cars=1&seed=3&speed=max"
            + " | '' | ''",
        "candump:/logs/a.log?dbc=/dbc/car.dbc&speed=10 | CANDUMP | candump:/logs/a.log"
            + " | /dbc/car.dbc | 10",
        "candump:/logs/a.log?speed=2.5&dbc=/d/my%20car.dbc | CANDUMP | candump:/logs/a.log?speed=2.5"
            + " | /d/my car.dbc | ''",
        "slcan:/dev/ttyACM0?bitrate=500000&dbc=/d/x.dbc | SLCAN | slcan:/dev/ttyACM0?bitrate=500000"
            + " | /d/x.dbc | ''",
        "udp://0.0.0.0:20777?format=f1 | UDP | udp://0.0.0.0:20777?format=f1 | '' | ''",
        "nmea:/dev/ttyUSB0?baud=9600 | NMEA | nmea:/dev/ttyUSB0?baud=9600 | '' | ''",
      })
  void splitsTheStoredUriIntoTheDialogsFields(
      String stored, SourceKind kind, String uri, String dbc, String speed) {
    StoredSource s = StoredSource.parse(stored);
    assertEquals(Optional.of(kind), s.kind());
    assertEquals(uri, s.uri());
    assertEquals(dbc, s.dbc());
    assertEquals(speed, s.speed());
    assertEquals(List.of(), s.others());
  }

  @Test
  void aSessionOfSeveralSourcesContinuesWithTheFirstAndNamesTheOthers() {
    StoredSource s =
        StoredSource.parse("candump:/l/can.log?dbc=/d/c.dbc + nmea:/dev/ttyUSB0?baud=9600");
    assertEquals(Optional.of(SourceKind.CANDUMP), s.kind());
    assertEquals("candump:/l/can.log", s.uri());
    assertEquals("/d/c.dbc", s.dbc());
    assertEquals(List.of("nmea:/dev/ttyUSB0?baud=9600"), s.others());
  }

  @Test
  void anUnknownOrEmptySourceKeepsItsTextAndNoKind() {
    assertEquals(
        new StoredSource(Optional.empty(), "import:/data/x.ld", "", "", List.of()),
        StoredSource.parse("import:/data/x.ld"));
    assertEquals(new StoredSource(Optional.empty(), "", "", "", List.of()), StoredSource.parse(""));
  }

  @Test
  void aStrayPercentInAPathIsKeptAsStored() {
    assertEquals("/d/100%.dbc", StoredSource.parse("candump:/l/a.log?dbc=/d/100%.dbc").dbc());
  }
}
