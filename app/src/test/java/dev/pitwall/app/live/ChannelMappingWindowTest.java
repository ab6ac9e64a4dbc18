package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.app.mapping.ScreenRole;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.SnapshotWriter;
import dev.pitwall.app.ui.channels.ChannelsDialog;
import dev.pitwall.app.ui.stream.ChannelRing;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.hardware.f1.F1Capture;
import dev.pitwall.storage.h2.H2SessionStore;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Channel mapping on the live window with real data: the RAV4 candump's {@code SPEED.SPEED} drives
 * the speed gauge, the Channels… dialog maps throttle with a factor and reports a mapped channel
 * the bus lacks; a real F1 24 capture names Monza, whose circuit the map then shows.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelMappingWindowTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Path LOG = RealRecordings.RAV4_LOG;
  private static final Path DBC = RealRecordings.RAV4_DBC;
  private static final Path MONZA = RealRecordings.MONZA_CAPTURE;

  @TempDir Path dir;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void rav4SpeedSignalDrivesTheSpeedGaugeAndTheDialogRemaps() throws Exception {
    assumeTrue(Files.isRegularFile(LOG) && Files.isRegularFile(DBC), "RAV4 data absent: skipped");
    Path map = dir.resolve("rav4.map");
    Files.writeString(
        map, "# RAV4\nthrottle = GAS_PEDAL.GAS_PEDAL * 100\nrpm = ECU.NOT_ON_THIS_CAR\n");
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    var prepared =
        factory.create(
            new SourceRequest(
                "candump:" + LOG + "?dbc=" + DBC + "&speed=10", // max ends before a gauge can move
                null,
                null,
                null,
                1.0,
                null,
                null,
                map.toString()));
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      LiveSession session =
          LiveSession.start(
              prepared.source(), store, prepared.track(), null, prepared.channelMap());
      try {
        MainWindow window = fx(() -> show(session));
        List<Double> shown = new ArrayList<>();
        waitFor( // at 10x the RAV4 drives off within seconds
            () -> {
              double v = fxQuiet(() -> window.live().gauges().tile("speed").getValue());
              if (shown.isEmpty() || shown.get(shown.size() - 1) != v) {
                shown.add(v);
              }
              return shown.stream().distinct().count() >= 3;
            },
            "the speed gauge moving (showed " + shown + ")");
        ChannelRing speed = fx(() -> window.live().channels().ring("speed"));
        assertEquals("km/h", speed.channel().unit());
        double max = 0;
        for (int i = 0; i < speed.size(); i++) {
          max = Math.max(max, speed.value(i));
        }
        assertTrue(max > 0 && max <= 58.5, "RAV4 speed within 0-58.5 km/h: " + max);
        waitFor(
            () -> fxQuiet(() -> window.live().noticesText()).contains("ECU.NOT_ON_THIS_CAR"),
            "the missing mapped channel named on the live screen");
        var throttle =
            session.channelMapping().orElseThrow().resolution().binding(ScreenRole.THROTTLE);
        assertEquals("GAS_PEDAL.GAS_PEDAL", throttle.orElseThrow().channel());
        assertEquals(100, throttle.orElseThrow().conversion().factor(), 1e-12);
        save(window, "mapping-rav4-live.png");
        ChannelsDialog dialog = fx(window::openChannelsDialog);
        assertNotNull(dialog);
        String speedNow =
            fx(() -> ((Label) dialog.stage().getScene().lookup("#channel-now-speed")).getText());
        assertTrue(speedNow.startsWith("SPEED.SPEED [km/h] (automatic)"), speedNow);
        assertTrue(fx(dialog::messageText).contains("rpm = ECU.NOT_ON_THIS_CAR"));
        fx(
            () -> {
              dialog.choose(ScreenRole.RPM, "auto");
              dialog.chooseChart("GAS_PEDAL.GAS_PEDAL"); // raw 0..1, y axis follows it
              dialog.apply();
              return null;
            });
        assertEquals("", fx(dialog::messageText), "no problem left after choosing auto");
        String rpmNow =
            fx(() -> ((Label) dialog.stage().getScene().lookup("#channel-now-rpm")).getText());
        assertTrue(rpmNow.startsWith("ENGINE_RPM.RPM"), rpmNow);
        assertNotNull(fx(() -> window.live().channelChart()), "extra chart of any channel shown");
        waitFor(
            () -> fxQuiet(() -> window.live().channelChart().lastPoints()) > 0,
            "the extra chart drawing GAS_PEDAL.GAS_PEDAL");
        snapshot(dialog, "mapping-channels-dialog.png");
        fx(
            () -> {
              dialog.stage().hide();
              return null;
            });
        save(window, "mapping-rav4-extra-chart.png");
        fx(
            () -> {
              window.stop();
              stage.hide();
              return null;
            });
      } finally {
        session.close();
      }
    }
  }

  @Test
  void f1SessionPacketPutsMonzaOnTheMapAndTheGameTimesTheLap() throws Exception {
    assumeTrue(Files.isRegularFile(MONZA), "F1 capture absent: skipped");
    List<F1Capture.Packet> packets = F1Capture.read(MONZA).packets();
    MainWindow window = runF1(packets, "mapping-f1-monza.png", "Autodromo Nazionale Monza");
    String notes = fx(() -> window.live().noticesText());
    assertTrue(notes.contains("track from the game: Monza → Autodromo Nazionale Monza"), notes);
  }

  @Test
  void unknownGameTrackIsSaidAndTheMapDrawsTheCarsPath() throws Exception {
    assumeTrue(Files.isRegularFile(MONZA), "F1 capture absent: skipped");
    List<F1Capture.Packet> packets = new ArrayList<>();
    for (F1Capture.Packet p : F1Capture.read(MONZA).packets()) {
      byte[] data = p.data().clone();
      if (data.length > 36 && data[6] == 1) {
        data[36] = 25; // session packet: track id 25 = Hanoi, which the catalogue lacks
      }
      packets.add(new F1Capture.Packet(p.index(), p.fileOffset(), p.timestampS(), data));
    }
    MainWindow window =
        runF1(packets, "mapping-f1-unknown-track.png", "car path (no track layout)");
    String notes = fx(() -> window.live().noticesText());
    assertTrue(notes.contains("Hanoi (id 25) is not in the track catalogue"), notes);
    int points = fx(() -> window.live().trackMap().trailPoints());
    assertTrue(points > 5, "the path has points: " + points);
  }

  private MainWindow runF1(List<F1Capture.Packet> packets, String shot, String mapTitle)
      throws Exception {
    int port;
    try (DatagramSocket free = new DatagramSocket(0)) {
      port = free.getLocalPort();
    }
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    var prepared = factory.create(SourceRequest.of("udp://127.0.0.1:" + port + "?format=f1"));
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      LiveSession session =
          LiveSession.start(
              prepared.source(), store, prepared.track(), null, prepared.channelMap());
      Thread sender = Thread.ofPlatform().daemon().start(() -> stream(packets, port));
      try {
        MainWindow window = fx(() -> show(session));
        waitFor(
            () -> fxQuiet(() -> window.live().trackMap().titleText()).equals(mapTitle),
            "map titled " + mapTitle);
        waitFor(
            () -> session.lapBoard(0).currentLapNumber() == 1, "lap 1 from the game's lap data");
        Thread.sleep(1500);
        save(window, shot);
        fx(
            () -> {
              window.stop();
              stage.hide();
              return null;
            });
        return window;
      } finally {
        sender.interrupt();
        sender.join(2000);
        session.close();
      }
    }
  }

  private MainWindow show(LiveSession session) {
    MainWindow window = new MainWindow(session, dir.resolve("snapshots"), Runnable::run);
    stage.setScene(window.scene());
    stage.show();
    window.start();
    return window;
  }

  /** Streams the capture in a loop at about 2 ms per datagram until interrupted. */
  private static void stream(List<F1Capture.Packet> packets, int port) {
    try (DatagramSocket sender = new DatagramSocket()) {
      InetSocketAddress to = new InetSocketAddress("127.0.0.1", port);
      while (true) {
        for (F1Capture.Packet p : packets) {
          sender.send(new DatagramPacket(p.data(), p.data().length, to));
          Thread.sleep(2);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void snapshot(ChannelsDialog dialog, String name) throws Exception {
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    fx(() -> SnapshotWriter.write(dialog.stage().getScene(), SHOTS.resolve(name), Runnable::run))
        .get(10, TimeUnit.SECONDS);
  }

  private static void save(MainWindow window, String name) throws Exception {
    WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    fx(() -> window.saveSnapshot(SHOTS.resolve(name))).get(10, TimeUnit.SECONDS);
  }

  private static void waitFor(BooleanSupplier done, String what) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); // two shared cores
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static <T> T fxQuiet(Callable<T> call) {
    try {
      return fx(call);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}
