package dev.pitwall.app.live;

import static dev.pitwall.app.live.RealRecordings.MONZA_CAPTURE;
import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxQuiet;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.saveWindow;
import static dev.pitwall.app.ui.FxSteps.settledShot;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.hardware.f1.F1Capture;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File → Connect source… end to end, headless: the window starts on the simulator, the user
 * connects the real RAV4 candump log (10x) from the dialog, then a real F1 24 capture replayed over
 * loopback UDP, each in a new session ("Add to the running session" cleared); the link-health panel
 * follows each source and every session is stored. Adding sources: {@link AddSourceWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectSourceWindowTest {

  @TempDir Path dir;

  @Test
  void connectsSourcesFromTheDialogAndTheHealthPanelFollowsThem() throws Exception {
    RealRecordings.assumeRav4();
    RealRecordings.assumeMonzaCapture();
    Stage stage = FxSteps.testStage();
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    ExecutorService background = Executors.newSingleThreadExecutor();
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      var sim = SimulatedLive.at("cota", 1, 1L, 10.0);
      LiveSession first = LiveSession.start(sim.source(), store, sim.track(), null);
      LiveSwitcher switcher = new LiveSwitcher(factory, store, first);
      try {
        MainWindow window =
            SourceDialogSteps.showLiveWindow(
                stage, first, switcher, dir.resolve("snapshots"), background);
        failToConnectSocketCan(window, first);
        connectCandump(window);
        connectUdp(window);
        FxSteps.close(window, stage);
      } finally {
        switcher.close();
        background.shutdown();
      }
      List<LiveSession> sessions = switcher.sessions();
      assertEquals(3, sessions.size(), "sim, candump, udp: the failed SocketCAN started none");
      for (LiveSession s : sessions) {
        var summary = store.session(Long.parseLong(s.sessionId())).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, summary.status(), summary.toString());
        assertEquals(s.publishedSamples(), summary.samples(), "every sample stored: " + summary);
      }
    }
  }

  /** This kernel has no CAN: the dialog says so and stays open; the simulator keeps running. */
  private void failToConnectSocketCan(MainWindow window, LiveSession first) throws Exception {
    SourceDialog dialog = fx(window::openSourceDialog);
    Label message = SourceDialogSteps.message(dialog);
    fxRun(
        () -> {
          SourceDialogSteps.fill(dialog, SourceKind.SOCKETCAN, "can0", RAV4_DBC.toString());
          SourceDialogSteps.connect(dialog);
        });
    waitFor(
        () -> fxQuiet(message::getText).startsWith("Cannot connect:"),
        "the SocketCAN failure in the dialog (it shows: " + fx(message::getText) + ")");
    String text = fx(message::getText);
    assertTrue(
        text.equals(
                "Cannot connect: SocketCAN is not available: the kernel has no CAN support"
                    + " (modprobe can can_raw)")
            || text.equals("Cannot connect: no CAN interface can0"),
        text);
    assertTrue(fx(() -> dialog.stage().isShowing()), "the dialog stays open to fix the input");
    settledShot(() -> dialog.stage().getScene(), "source-dialog-socketcan.png");
    assertEquals(first.sourceUri(), health(window), "the simulator session keeps running");
    fxRun(() -> dialog.stage().hide());
  }

  private void connectCandump(MainWindow window) throws Exception {
    SourceDialog dialog = fx(window::openSourceDialog);
    Label message = SourceDialogSteps.message(dialog);
    Button connect = SourceDialogSteps.lookup(dialog, "#source-connect");
    String missingDbc = dir.resolve("missing.dbc").toString();
    fxRun(
        () -> {
          dialog.setAddToSession(false);
          // the log as a bare path, and a DBC that is not there
          SourceDialogSteps.fill(dialog, SourceKind.CANDUMP, RAV4_LOG.toString(), missingDbc);
        });
    assertTrue(fx(message::getText).startsWith("No DBC file at"), fx(message::getText));
    assertTrue(fx(connect::isDisabled), "cannot connect with a missing DBC");
    settledShot(() -> dialog.stage().getScene(), "source-dialog-error.png");
    fxRun(
        () ->
            ((TextField) SourceDialogSteps.lookup(dialog, "#source-dbc"))
                .setText(RAV4_DBC.toString()));
    assertEquals("", fx(message::getText));
    settledShot(() -> dialog.stage().getScene(), "source-dialog.png");
    fxRun(connect::fire);

    waitFor(() -> health(window).startsWith("candump:"), "switch to candump");
    SourceHealth early = fx(() -> window.linkHealth().model().latest());
    Thread.sleep(2500);
    SourceHealth later = fx(() -> window.linkHealth().model().latest());
    assertTrue(later.frames() > early.frames(), "frames counter moves");
    assertTrue(later.unknownIds() > early.unknownIds(), "unknown ids counted");
    String rate = fx(() -> ((Label) window.scene().lookup("#link-frames-s")).getText());
    assertTrue(rate.matches("[0-9,]+") && !rate.equals("0"), "frames/s shown: " + rate);
    assertTrue(
        fx(() -> ((Label) window.scene().lookup("#link-bus-load")).getText()).startsWith("~"));
    saveWindow(window, "connect-candump.png");
  }

  private void connectUdp(MainWindow window) throws Exception {
    int port = F1Loopback.freePort();
    SourceDialog dialog = fx(window::openSourceDialog);
    String uri = "udp://127.0.0.1:" + port + "?format=f1";
    fxRun(
        () -> {
          dialog.setAddToSession(false);
          SourceDialogSteps.fill(dialog, SourceKind.UDP, uri, "");
          SourceDialogSteps.connect(dialog);
        });
    waitFor(() -> health(window).equals(uri), "switch to UDP");
    List<F1Capture.Packet> packets = F1Capture.read(MONZA_CAPTURE).packets();
    Thread sender = F1Loopback.stream(packets, port);
    try {
      waitFor(
          () -> healthNow(window).frames() >= packets.size(),
          "a whole capture's " + packets.size() + " datagrams counted on the panel");
      SourceHealth h = healthNow(window);
      assertEquals(0, h.invalidFrames());
      assertEquals(SourceState.STREAMING, h.state());
      double maxSpeed = 0; // the capture loops, and starts slow: watch the gauge for a while
      for (int i = 0; i < 30 && maxSpeed <= 100; i++) {
        maxSpeed = Math.max(maxSpeed, fx(() -> window.live().gauges().tile("speed").getValue()));
        Thread.sleep(100);
      }
      assertTrue(maxSpeed > 100, "F1 player speed on the gauge up to " + maxSpeed + " km/h");
      String rate = fx(() -> ((Label) window.scene().lookup("#link-frames-s")).getText());
      assertTrue(rate.matches("[0-9,]+") && !rate.equals("0"), "datagrams/s shown: " + rate);
      saveWindow(window, "connect-f1-udp.png");
    } finally {
      F1Loopback.stop(sender);
    }
  }

  private static SourceHealth healthNow(MainWindow window) {
    return fxQuiet(() -> window.linkHealth().model().latest());
  }

  /** The source URI the health panel currently shows. */
  private static String health(MainWindow window) {
    return fxQuiet(() -> window.linkHealth().model().uri());
  }
}
