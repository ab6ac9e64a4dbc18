package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.SnapshotWriter;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.source.SourceHealth;
import dev.pitwall.core.source.SourceState;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.hardware.f1.F1Capture;
import dev.pitwall.storage.h2.H2SessionStore;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Connect source… end to end, headless: the window starts on the simulator, the user
 * connects the real RAV4 candump log (10x) from the dialog, then a real F1 24 capture replayed over
 * loopback UDP, each in a new session ("Add to the running session" cleared); the link-health panel
 * follows each source and every session is stored. Adding sources: {@link AddSourceWindowTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectSourceWindowTest {
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
  void connectsSourcesFromTheDialogAndTheHealthPanelFollowsThem() throws Exception {
    assumeTrue(Files.isRegularFile(LOG) && Files.isRegularFile(DBC), "RAV4 data absent: skipped");
    assumeTrue(Files.isRegularFile(MONZA), "F1 capture absent: skipped");
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    ExecutorService background = Executors.newSingleThreadExecutor();
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      var sim = factory.create(new SourceRequest("sim", "cota", 1, 1L, 10.0, null));
      LiveSession first = LiveSession.start(sim.source(), store, sim.track(), null);
      LiveSwitcher switcher = new LiveSwitcher(factory, store, first);
      try {
        MainWindow window = fx(() -> show(first, switcher, background));
        failToConnectSocketCan(window, first);
        connectCandump(window);
        connectUdp(window);
        fx(
            () -> {
              window.stop();
              stage.hide();
              return null;
            });
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
    Label message = lookup(dialog, "#source-message");
    fx(
        () -> {
          ComboBox<SourceKind> kind = lookup(dialog, "#source-kind");
          kind.setValue(SourceKind.SOCKETCAN);
          ((TextField) lookup(dialog, "#source-uri")).setText("can0");
          ((TextField) lookup(dialog, "#source-dbc")).setText(DBC.toString());
          ((Button) lookup(dialog, "#source-connect")).fire();
          return null;
        });
    waitFor(
        () -> {
          try {
            return fx(message::getText).startsWith("Cannot connect:");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        "the SocketCAN failure in the dialog (it shows: " + fx(message::getText) + ")");
    String text = fx(message::getText);
    assertTrue(
        text.equals(
                "Cannot connect: SocketCAN is not available: the kernel has no CAN support"
                    + " (modprobe can can_raw)")
            || text.equals("Cannot connect: no CAN interface can0"),
        text);
    assertTrue(fx(() -> dialog.stage().isShowing()), "the dialog stays open to fix the input");
    snapshotDialog(dialog, "source-dialog-socketcan.png");
    assertEquals(first.sourceUri(), health(window), "the simulator session keeps running");
    fx(
        () -> {
          dialog.stage().hide();
          return null;
        });
  }

  private void connectCandump(MainWindow window) throws Exception {
    SourceDialog dialog = fx(window::openSourceDialog);
    Label message = lookup(dialog, "#source-message");
    Button connect = lookup(dialog, "#source-connect");
    fx(
        () -> {
          ComboBox<SourceKind> kind = lookup(dialog, "#source-kind");
          dialog.setAddToSession(false);
          kind.setValue(SourceKind.CANDUMP);
          ((TextField) lookup(dialog, "#source-uri")).setText(LOG.toString()); // a bare path
          ((TextField) lookup(dialog, "#source-dbc"))
              .setText(dir.resolve("missing.dbc").toString());
          return null;
        });
    assertTrue(fx(message::getText).startsWith("No DBC file at"), fx(message::getText));
    assertTrue(fx(connect::isDisabled), "cannot connect with a missing DBC");
    snapshotDialog(dialog, "source-dialog-error.png");
    fx(
        () -> {
          ((TextField) lookup(dialog, "#source-dbc")).setText(DBC.toString());
          return null;
        });
    assertEquals("", fx(message::getText));
    snapshotDialog(dialog, "source-dialog.png");
    fx(
        () -> {
          connect.fire();
          return null;
        });

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
    save(window, "connect-candump.png");
  }

  private void connectUdp(MainWindow window) throws Exception {
    int port;
    try (DatagramSocket free = new DatagramSocket(0)) {
      port = free.getLocalPort();
    }
    SourceDialog dialog = fx(window::openSourceDialog);
    String uri = "udp://127.0.0.1:" + port + "?format=f1";
    fx(
        () -> {
          ComboBox<SourceKind> kind = lookup(dialog, "#source-kind");
          dialog.setAddToSession(false);
          kind.setValue(SourceKind.UDP);
          ((TextField) lookup(dialog, "#source-uri")).setText(uri);
          ((Button) lookup(dialog, "#source-connect")).fire();
          return null;
        });
    waitFor(() -> health(window).equals(uri), "switch to UDP");
    List<F1Capture.Packet> packets = F1Capture.read(MONZA).packets();
    Thread sender = Thread.ofPlatform().daemon().start(() -> stream(packets, port));
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
      save(window, "connect-f1-udp.png");
    } finally {
      sender.interrupt();
      sender.join(2000);
    }
  }

  /**
   * Streams the capture in a loop at about 2 ms per datagram (a running game), until interrupted.
   */
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

  private static SourceHealth healthNow(MainWindow window) {
    try {
      return fx(() -> window.linkHealth().model().latest());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The source URI the health panel currently shows. */
  private static String health(MainWindow window) {
    try {
      return fx(() -> window.linkHealth().model().uri());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private MainWindow show(LiveSession first, LiveSwitcher switcher, ExecutorService background) {
    MainWindow window = new MainWindow(first, dir.resolve("snapshots"), background);
    window.setSourceConnector(switcher);
    stage.setScene(window.scene());
    stage.show();
    window.start();
    return window;
  }

  @SuppressWarnings("unchecked")
  private static <T> T lookup(SourceDialog dialog, String id) {
    return (T) dialog.stage().getScene().lookup(id);
  }

  private static void snapshotDialog(SourceDialog dialog, String name) throws Exception {
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    fx(() -> SnapshotWriter.write(dialog.stage().getScene(), SHOTS.resolve(name), Runnable::run))
        .get(10, TimeUnit.SECONDS);
  }

  private static void save(MainWindow window, String name) throws Exception {
    WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
    fx(() -> window.saveSnapshot(SHOTS.resolve(name))).get(10, TimeUnit.SECONDS);
  }

  private static void waitFor(BooleanSupplier done, String what) throws Exception {
    // generous: this machine's two cores are shared with other builds
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(50);
    }
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}
