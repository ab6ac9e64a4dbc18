package dev.pitwall.app.live;

import static dev.pitwall.app.live.RealRecordings.MONZA_CAPTURE;
import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxQuiet;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.saveWindow;
import static dev.pitwall.app.ui.FxSteps.settledShot;
import static dev.pitwall.app.ui.FxSteps.testStage;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.mapping.ScreenRole;
import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.channels.ChannelsDialog;
import dev.pitwall.app.ui.stream.ChannelRing;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.hardware.f1.F1Capture;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Channel mapping on the live window with real data: the RAV4 candump's {@code SPEED.SPEED} drives
 * the speed gauge, the Channels… dialog maps throttle with a factor and reports a mapped channel
 * the bus lacks; a real F1 24 capture names Monza, whose circuit the map then shows.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelMappingWindowTest {

  @TempDir Path dir;

  @Test
  void rav4SpeedSignalDrivesTheSpeedGaugeAndTheDialogRemaps() throws Exception {
    RealRecordings.assumeRav4();
    Path map = dir.resolve("rav4.map");
    Files.writeString(
        map, "# RAV4\nthrottle = GAS_PEDAL.GAS_PEDAL * 100\nrpm = ECU.NOT_ON_THIS_CAR\n");
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    var prepared =
        factory.create(
            new SourceRequest(
                "candump:"
                    + RAV4_LOG
                    + "?dbc="
                    + RAV4_DBC
                    + "&speed=10", // max ends before a gauge can move
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
        MainWindow window = show(session);
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
        saveWindow(window, "mapping-rav4-live.png");
        ChannelsDialog dialog = fx(window::openChannelsDialog);
        assertNotNull(dialog);
        String speedNow =
            fx(() -> ((Label) dialog.stage().getScene().lookup("#channel-now-speed")).getText());
        assertTrue(speedNow.startsWith("SPEED.SPEED [km/h] (automatic)"), speedNow);
        assertTrue(fx(dialog::messageText).contains("rpm = ECU.NOT_ON_THIS_CAR"));
        fxRun(
            () -> {
              dialog.choose(ScreenRole.RPM, "auto");
              dialog.chooseChart("GAS_PEDAL.GAS_PEDAL"); // raw 0..1, y axis follows it
              dialog.apply();
            });
        assertEquals("", fx(dialog::messageText), "no problem left after choosing auto");
        String rpmNow =
            fx(() -> ((Label) dialog.stage().getScene().lookup("#channel-now-rpm")).getText());
        assertTrue(rpmNow.startsWith("ENGINE_RPM.RPM"), rpmNow);
        assertNotNull(fx(() -> window.live().channelChart()), "extra chart of any channel shown");
        waitFor(
            () -> fxQuiet(() -> window.live().channelChart().lastPoints()) > 0,
            "the extra chart drawing GAS_PEDAL.GAS_PEDAL");
        settledShot(() -> dialog.stage().getScene(), "mapping-channels-dialog.png");
        fxRun(() -> dialog.stage().hide());
        saveWindow(window, "mapping-rav4-extra-chart.png");
        FxSteps.close(window, testStage());
      } finally {
        session.close();
      }
    }
  }

  @Test
  void f1SessionPacketPutsMonzaOnTheMapAndTheGameTimesTheLap() throws Exception {
    RealRecordings.assumeMonzaCapture();
    List<F1Capture.Packet> packets = F1Capture.read(MONZA_CAPTURE).packets();
    MainWindow window = runF1(packets, "mapping-f1-monza.png", "Autodromo Nazionale Monza");
    String notes = fx(() -> window.live().noticesText());
    assertTrue(notes.contains("track from the game: Monza → Autodromo Nazionale Monza"), notes);
  }

  @Test
  void unknownGameTrackIsSaidAndTheMapDrawsTheCarsPath() throws Exception {
    RealRecordings.assumeMonzaCapture();
    List<F1Capture.Packet> packets = new ArrayList<>();
    for (F1Capture.Packet p : F1Capture.read(MONZA_CAPTURE).packets()) {
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
    int port = F1Loopback.freePort();
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    var prepared = factory.create(SourceRequest.of("udp://127.0.0.1:" + port + "?format=f1"));
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      LiveSession session =
          LiveSession.start(
              prepared.source(), store, prepared.track(), null, prepared.channelMap());
      Thread sender = F1Loopback.stream(packets, port);
      try {
        MainWindow window = show(session);
        waitFor(
            () -> fxQuiet(() -> window.live().trackMap().titleText()).equals(mapTitle),
            "map titled " + mapTitle);
        waitFor(
            () -> session.lapBoard(0).currentLapNumber() == 1, "lap 1 from the game's lap data");
        Thread.sleep(1500);
        saveWindow(window, shot);
        FxSteps.close(window, testStage());
        return window;
      } finally {
        F1Loopback.stop(sender);
        session.close();
      }
    }
  }

  /** The live window on {@code session} on this test's stage; snapshots written in place. */
  private MainWindow show(LiveSession session) throws Exception {
    return fx(
        () ->
            FxSteps.show(
                testStage(), new MainWindow(session, dir.resolve("snapshots"), Runnable::run)));
  }
}
