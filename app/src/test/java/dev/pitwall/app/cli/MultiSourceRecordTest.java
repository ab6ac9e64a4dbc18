package dev.pitwall.app.cli;

import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.live.RealRecordings.assumeRav4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pitwall record --source A --source B}: several sources into one session. */
class MultiSourceRecordTest {

  @TempDir Path dir;

  @Test
  void recordsTheSimulatorAndARealCanLogIntoOneSessionOnOneTimeBase() {
    assumeRav4();
    Path db = dir.resolve("pw");
    CliRun r =
        CliRun.of(
            "record",
            "--source",
            "sim:cota?cars=1&seed=3",
            "--source",
            "candump:" + RAV4_LOG,
            "--dbc",
            RAV4_DBC.toString(),
            "--speed",
            "10",
            "--duration",
            "20s",
            "--db",
            db.toString());
    assertEquals(0, r.code(), r.err());
    long id = sessionId(r.out());
    assertTrue(r.out().contains("COMPLETED"), r.out());
    assertTrue(!r.out().contains("renamed channel"), "no names shared: " + r.out());
    try (SessionStore store = H2SessionStore.open(db)) {
      Map<String, ChannelSummary> channels = byKey(store.channels(id));
      ChannelSummary simSpeed = channels.get("speed");
      assertTrue(simSpeed != null && simSpeed.samples() > 1_000, "sim speed: " + simSpeed);
      assertTrue(channels.containsKey("SPEED.SPEED"), "a DBC signal: " + channels.keySet());
      // the busiest decoded CAN signal (DBC channels are MESSAGE.SIGNAL)
      ChannelSummary canBusiest =
          channels.values().stream()
              .filter(
                  c -> c.channel().name().contains(".") && !c.channel().name().startsWith("link."))
              .max(java.util.Comparator.comparingLong(ChannelSummary::samples))
              .orElseThrow();
      assertTrue(
          canBusiest.samples() > 30, "CAN signal: " + canBusiest); // the log has ~70 frames/s
      assertTrue(
          channels.containsKey("link.frames"), "the CAN link's health: " + channels.keySet());
      assertEquals(1, store.sessions().size(), "one session for both sources");
      // one time base: both started together, so both begin in the first second and both reach
      // past the middle of the 20 s asked for (at 10x: 2 s of wall time, replayed at 10x)
      for (ChannelSummary c : List.of(simSpeed, canBusiest)) {
        SampleBlock all = store.read(id, c.channel(), 0, Long.MAX_VALUE);
        assertTrue(all.firstTimeNanos() < 1_000_000_000L, c.channel() + " starts late");
        assertTrue(all.lastTimeNanos() > 10_000_000_000L, c.channel() + " ends early");
      }
    }
  }

  @Test
  void aChannelNameTwoSourcesShareIsPrefixedWithTheLaterSourcesLabelAndReported() {
    assumeRav4();
    Path db = dir.resolve("pw");
    String log = "candump:" + RAV4_LOG;
    CliRun r =
        CliRun.of(
            "record",
            "--source",
            log,
            "--source",
            log,
            "--dbc",
            RAV4_DBC.toString(),
            "--speed",
            "max",
            "--db",
            db.toString(),
            "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out().contains("\"renamedChannels\":[")
            && r.out().contains("SPEED.SPEED of " + log)
            && r.out().contains("recorded as candump2.SPEED.SPEED (candump has it)"),
        r.out());
    long id = Long.parseLong(r.out().replaceAll("(?s).*\"session\":(\\d+).*", "$1"));
    try (SessionStore store = H2SessionStore.open(db)) {
      Map<String, ChannelSummary> channels = byKey(store.channels(id));
      ChannelSummary first = channels.get("SPEED.SPEED");
      ChannelSummary second = channels.get("candump2.SPEED.SPEED");
      assertTrue(second != null, "renamed channel stored: " + channels.keySet());
      // the same log twice: the same frames under both names, nothing lost to the clash
      assertEquals(first.samples(), second.samples());
      assertEquals(first.max(), second.max());
      assertTrue(channels.containsKey("candump2.link.frames"), channels.keySet().toString());
      Channel renamed = second.channel();
      assertEquals(first.channel().unit(), renamed.unit(), "only the name changes");
    }
  }

  @Test
  void aBadSecondSourceFailsBeforeAnythingIsRecorded() {
    Path db = dir.resolve("pw");
    CliRun r =
        CliRun.of("record", "--source", "sim", "--source", "bogus:thing", "--db", db.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().startsWith("pitwall: unknown source 'bogus:thing'"), r.err());
    assertTrue(!Files.exists(dir.resolve("pw.mv.db")), "no session was started");
  }

  private static long sessionId(String out) {
    Matcher m = Pattern.compile("session (\\d+): (\\d+) samples").matcher(out);
    assertTrue(m.find(), out);
    return Long.parseLong(m.group(1));
  }

  private static Map<String, ChannelSummary> byKey(List<ChannelSummary> channels) {
    return channels.stream()
        .collect(Collectors.toMap(c -> c.channel().key(), Function.identity(), (a, b) -> a));
  }
}
