package dev.pitwall.app.cli;

import static dev.pitwall.app.live.RealRecordings.MONZA_CAPTURE;
import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.live.RealRecordings.assumeMonzaCapture;
import static dev.pitwall.app.live.RealRecordings.assumeRav4;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.hardware.f1.F1Capture;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hardware sources from the command line, on real recordings from ../shared/data. */
class SourcesCliTest {

  @TempDir Path dir;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void recordsTheRealRav4LogThroughItsDbcWithVehicleSpeedInRange() {
    assumeRav4();
    String db = dir.resolve("pw").toString();
    CliRun r = recordRav4("--dbc", RAV4_DBC.toString(), "--speed", "max", "--db", db);
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("session (\\d+): (\\d+) samples").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Long.parseLong(m.group(2)) > 10_000, r.out());
    assertTrue(r.out().contains("COMPLETED"), r.out());

    CliRun channels = run("channels", m.group(1), "--db", db, "--json");
    assertEquals(0, channels.code(), channels.err());
    double[] speed = minMax(channels.out(), "SPEED.SPEED");
    assertTrue(
        speed[0] >= 0 && speed[1] <= 58.5 && speed[1] > 50,
        "SPEED.SPEED " + speed[0] + ".." + speed[1]);
    // the link health totals are stored with the session
    double[] frames = minMax(channels.out(), "link.frames");
    assertTrue(frames[1] > 50_000, "frames counted: " + frames[1]);
    assertEquals(0.0, minMax(channels.out(), "link.invalidFrames")[1]);
  }

  /** {@code pitwall record --source candump:RAV4_LOG OPTIONS...}: the real RAV4 log. */
  private static CliRun recordRav4(String... options) {
    String[] args = {"record", "--source", "candump:" + RAV4_LOG};
    return run(Stream.of(args, options).flatMap(Stream::of).toArray(String[]::new));
  }

  private static double[] minMax(String json, String channel) {
    Matcher m =
        Pattern.compile(
                "\"name\":\""
                    + Pattern.quote(channel)
                    + "\"[^}]*\"min\":([-0-9.eE]+),\"max\":([-0-9.eE]+)")
            .matcher(json);
    assertTrue(m.find(), channel + " missing in " + json);
    return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
  }

  @Test
  void missingDbcIsAOneLineFailure() {
    assumeRav4();
    Path missing = dir.resolve("nope.dbc");
    CliRun r = recordRav4("--dbc", missing.toString(), "--db", dir.resolve("pw").toString());
    assertEquals(1, r.code());
    assertEquals("pitwall: DBC file not found: " + missing.toAbsolutePath(), r.err().strip());
  }

  @Test
  void canSourceWithoutAnyDbcSaysHowToGiveOne() {
    assumeRav4();
    CliRun r = recordRav4("--db", dir.resolve("pw").toString());
    assertEquals(1, r.code());
    assertEquals(
        "pitwall: candump source needs a DBC file to decode frames: give --dbc FILE or ?dbc=FILE",
        r.err().strip());
  }

  @Test
  void socketCanOnThisKernelSaysWhatIsMissing() {
    assumeRav4();
    CliRun r =
        run(
            "record",
            "--source",
            "socketcan:can0",
            "--dbc",
            RAV4_DBC.toString(),
            "--db",
            dir.resolve("pw").toString());
    assertEquals(1, r.code());
    String line =
        r.err().strip().lines().filter(l -> l.startsWith("pitwall:")).findFirst().orElse("");
    assertTrue(
        line.equals(
                "pitwall: SocketCAN is not available: the kernel has no CAN support (modprobe can can_raw)")
            || line.equals("pitwall: no CAN interface can0"),
        r.err());
  }

  @Test
  void missingSerialPortAndBadUdpFormatAreOneLineFailures() {
    CliRun port =
        run("record", "--source", "nmea:/dev/ttyPITWALL9", "--db", dir.resolve("pw").toString());
    assertEquals(1, port.code());
    assertTrue(
        port.err().startsWith("pitwall: serial port /dev/ttyPITWALL9 not found"), port.err());
    CliRun udp =
        run(
            "record",
            "--source",
            "udp://127.0.0.1:0?format=xml",
            "--db",
            dir.resolve("pw").toString());
    assertEquals(1, udp.code());
    assertTrue(udp.err().contains("format must be f1 or csv, not 'xml'"), udp.err());
  }

  @Test
  void sourcesListsEveryKindWithSyntaxAndExample() {
    CliRun text = run("sources");
    assertEquals(0, text.code(), text.err());
    for (String scheme : List.of("sim", "candump", "slcan", "socketcan", "udp", "nmea", "serial")) {
      assertTrue(text.out().lines().anyMatch(l -> l.startsWith(scheme + " ")), scheme + text.out());
    }
    CliRun json = run("sources", "--json");
    assertTrue(json.out().contains("\"scheme\":\"slcan\""), json.out());
    assertTrue(json.out().contains("\"example\":\"udp://0.0.0.0:20777?format=f1\""), json.out());
  }

  @Test
  void probeReportsLinkHealthOfAReplayOncePerSecond() {
    assumeRav4();
    CliRun r =
        run(
            "sources",
            "--probe",
            "candump:" + RAV4_LOG + "?speed=20",
            "--dbc",
            RAV4_DBC.toString(),
            "--seconds",
            "2",
            "--json");
    assertEquals(0, r.code(), r.err());
    Matcher fps = Pattern.compile("\"framesPerS\":([0-9.]+)").matcher(r.out());
    assertTrue(fps.find(), r.out());
    // the log has ~72 frames/s of bus time; replayed 20x that is ~1,400/s
    double first = Double.parseDouble(fps.group(1));
    assertTrue(first > 500 && first < 3000, "frames/s " + first);
    assertTrue(r.out().contains("\"state\":\"STREAMING\""), r.out());
    assertTrue(r.out().contains("\"busLoadPercent\":"), r.out());
  }

  @Test
  void recordsARealF1CaptureReplayedOverLoopbackUdp() throws Exception {
    assumeMonzaCapture();
    List<F1Capture.Packet> packets = F1Capture.read(MONZA_CAPTURE).packets();
    int port;
    try (DatagramSocket probe = new DatagramSocket(0)) {
      port = probe.getLocalPort();
    }
    Thread sender = Thread.ofPlatform().daemon().start(() -> replay(packets, port));
    String db = dir.resolve("pw").toString();
    CliRun r =
        run(
            "record",
            "--source",
            "udp://127.0.0.1:" + port + "?format=f1",
            "--duration",
            "3s",
            "--db",
            db);
    sender.interrupt();
    assertEquals(0, r.code(), r.err());
    Matcher m = Pattern.compile("session (\\d+): (\\d+) samples").matcher(r.out());
    assertTrue(m.find(), r.out());
    CliRun channels = run("channels", m.group(1), "--db", db, "--json");
    double[] speed = minMax(channels.out(), "speed");
    assertTrue(speed[1] > 100 && speed[1] <= 350, "player speed up to " + speed[1] + " km/h");
    assertEquals(0.0, minMax(channels.out(), "link.invalidFrames")[1]);
  }

  /**
   * Sends the capture at about 10x the game's rate, over and over like a running game, until
   * interrupted: datagrams sent before the record command has bound its port are lost, as they
   * would be from the game.
   */
  private static void replay(List<F1Capture.Packet> packets, int port) {
    try (DatagramSocket s = new DatagramSocket()) {
      InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
      while (!Thread.currentThread().isInterrupted()) {
        for (int i = 0; i < packets.size(); i++) {
          byte[] data = packets.get(i).data();
          s.send(new DatagramPacket(data, data.length, to));
          if (i % 10 == 0) {
            Thread.sleep(1);
          }
        }
        Thread.sleep(200);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
