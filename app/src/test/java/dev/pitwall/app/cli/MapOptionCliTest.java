package dev.pitwall.app.cli;

import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.live.RealRecordings.assumeRav4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code record --map FILE}: role channels recorded from the RAV4 log; a bad file names its line.
 */
class MapOptionCliTest {

  @TempDir Path dir;

  @Test
  void badMapFileStopsWithFileLineAndWhatIsWrong() throws Exception {
    Path map = dir.resolve("bad.map");
    Files.writeString(map, "speed = SPEED.SPEED\nsped = X\n");
    CliRun r =
        CliRun.of(
            "record",
            "--map",
            map.toString(),
            "--duration",
            "1s",
            "--db",
            dir.resolve("pw").toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(
        r.err().contains("channel map: " + map + ":2: unknown role 'sped'; roles are speed"),
        r.err());
  }

  @Test
  void recordsTheMappedRoleChannelsBesideTheRawOnes() throws Exception {
    assumeRav4();
    Path map = dir.resolve("rav4.map");
    Files.writeString(map, "throttle = GAS_PEDAL.GAS_PEDAL * 100\n");
    Path db = dir.resolve("pw");
    CliRun r =
        CliRun.of(
            "record",
            "--source",
            "candump:" + RAV4_LOG,
            "--dbc",
            RAV4_DBC.toString(),
            "--map",
            map.toString(),
            "--speed",
            "max",
            "--db",
            db.toString());
    assertEquals(0, r.code(), r.err());
    try (var store = H2SessionStore.open(db)) {
      List<ChannelSummary> channels = store.channels(1);
      ChannelSummary speed = find(channels, "speed");
      ChannelSummary raw = find(channels, "SPEED.SPEED");
      assertEquals("km/h", speed.channel().unit());
      assertEquals(raw.samples(), speed.samples(), "one role sample per raw sample");
      assertEquals(raw.max(), speed.max(), 1e-9);
      assertTrue(speed.max() > 0 && speed.max() <= 58.5, "" + speed.max());
      ChannelSummary throttle = find(channels, "throttle");
      assertTrue(throttle.max() > 1 && throttle.max() <= 100, "x100: " + throttle);
    }
  }

  private static ChannelSummary find(List<ChannelSummary> channels, String name) {
    return channels.stream()
        .filter(c -> c.channel().name().equals(name) && c.channel().car() == 0)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no channel " + name + " in " + channels));
  }
}
