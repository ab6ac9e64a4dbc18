package dev.pitwall.app.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.live.SourceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceFormTest {
  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SLCAN|/dev/pts/7|slcan:/dev/pts/7?bitrate=500000",
        "SLCAN|slcan:/dev/ttyACM0?bitrate=250000|slcan:/dev/ttyACM0?bitrate=250000",
        "NMEA|COM3|nmea:COM3?baud=115200",
        "SERIAL|/tmp/ttyA|serial:/tmp/ttyA?baud=115200&format=csv",
        "SOCKETCAN|can0|socketcan:can0",
        "UDP|udp://0.0.0.0:20777?format=f1|udp://0.0.0.0:20777?format=f1",
      })
  void aTypedPortPathGetsTheKindsScheme(SourceKind kind, String typed, String uri) {
    assertEquals(uri, new SourceForm(kind, typed, "", null).uri());
  }

  @Test
  void explainsWhatIsMissingBeforeConnecting() throws Exception {
    Path log = Files.writeString(dir.resolve("a.log"), "(1.0) can0 123#00\n");
    Path dbc = Files.writeString(dir.resolve("car.dbc"), "VERSION \"\"\n");
    assertEquals(
        "Choose the DBC file that decodes this bus",
        new SourceForm(SourceKind.CANDUMP, log.toString(), "", "10").problem().orElseThrow());
    assertTrue(
        new SourceForm(SourceKind.CANDUMP, dir.resolve("x.log").toString(), dbc.toString(), "1")
            .problem()
            .orElseThrow()
            .startsWith("No candump log at"));
    assertEquals(
        "A UDP URI starts with 'udp:'",
        new SourceForm(SourceKind.UDP, "nmea:/dev/x", "", null).problem().orElseThrow());
    assertTrue(new SourceForm(SourceKind.UDP, " ", "", null).problem().isPresent());
    SourceForm ok = new SourceForm(SourceKind.CANDUMP, log.toString(), dbc.toString(), "max");
    assertTrue(ok.problem().isEmpty());
    assertEquals("candump:" + log + "?speed=max", ok.request().uri());
    assertEquals(dbc.toString(), ok.request().dbc());
  }

  @Test
  void channelMapFileMustExistAndGoesIntoTheRequest(@TempDir Path tmp) throws Exception {
    Path mapFile = tmp.resolve("car.map");
    SourceForm missing =
        new SourceForm(SourceKind.UDP, "udp://0.0.0.0:20777", "", null, mapFile.toString());
    assertEquals("No channel map at " + mapFile, missing.problem().orElseThrow());
    Files.writeString(mapFile, "speed = auto\n");
    assertEquals(mapFile.toString(), missing.request().map());
    assertTrue(missing.problem().isEmpty());
  }
}
