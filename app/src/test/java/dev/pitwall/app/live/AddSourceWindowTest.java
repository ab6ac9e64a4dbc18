package dev.pitwall.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sources.LinkHealthModel;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
 * File → Connect source… adding sources to the running session, headless: the window starts on the
 * simulator, the user adds the real RAV4 candump log, then a second simulated car whose channel
 * names clash; the link-health panel shows a row per source (the clash said in the SOURCE cell),
 * "Disconnect" stops one, and the one session stores all of them.
 */
@ExtendWith(ApplicationExtension.class)
class AddSourceWindowTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Path LOG = RealRecordings.RAV4_LOG;
  private static final Path DBC = RealRecordings.RAV4_DBC;

  @TempDir Path dir;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  @Test
  void addsSourcesToTheRunningSessionAndDisconnectsOne() throws Exception {
    assumeTrue(Files.isRegularFile(LOG) && Files.isRegularFile(DBC), "RAV4 data absent: skipped");
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    ExecutorService background = Executors.newSingleThreadExecutor();
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      var sim = factory.create(new SourceRequest("sim", "cota", 1, 1L, 10.0, null));
      LiveSession first =
          LiveSession.start(CombinedSource.of(sim.source()), store, sim.track(), null);
      LiveSwitcher switcher = new LiveSwitcher(factory, store, first);
      try {
        MainWindow window = fx(() -> show(first, switcher, background));
        waitFor(() -> models(window).size() == 1 && models(window).get(0).latest() != null, "sim");
        assertEquals(null, fx(() -> window.scene().lookup("#link-disconnect")), "one source");

        add(window, SourceKind.CANDUMP, LOG.toString(), DBC.toString());
        waitFor(() -> models(window).size() == 2, "a second row");
        assertTrue(models(window).get(1).uri().startsWith("candump:"), models(window).get(1).uri());
        waitFor(() -> rowFrames(window, 1) > 1_000, "CAN frames counted on the second row");
        assertTrue(text(window, "#link-source").startsWith("sim  sim:cota"));
        assertTrue(text(window, "#link-source-2").startsWith("candump  candump:"));
        assertEquals("STREAMING", text(window, "#link-state-2"));
        assertTrue(fx(() -> window.scene().lookup("#link-disconnect-2")) instanceof Button);
        save(window, "add-source-sim-and-candump.png");

        add(window, SourceKind.SIM, "sim:cota?cars=1&seed=9", "");
        waitFor(() -> models(window).size() == 3, "a third row");
        waitFor(
            () ->
                text(window, "#link-source-3")
                    .matches("sim2 \\([0-9]+ renamed sim2\\.\\*\\)  sim:cota.*"),
            "the clash");
        Thread.sleep(1_500); // a second of rates on the new row
        save(window, "add-source-name-clash.png");
        String clash = text(window, "#link-source-3");
        int renamed = Integer.parseInt(clash.replaceAll("^sim2 \\(([0-9]+) renamed.*", "$1"));
        int simChannels = sim.source().channels().size();
        assertTrue(renamed > 5 && renamed <= simChannels, clash + " of " + simChannels);

        fx(
            () -> {
              ((Button) window.scene().lookup("#link-disconnect-3")).fire();
              return null;
            });
        waitFor(() -> models(window).size() == 2, "the disconnected row gone");
        assertTrue(models(window).get(1).uri().startsWith("candump:"));
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
      assertEquals(1, switcher.sessions().size(), "sources were added, not a new session");
      long id = Long.parseLong(first.sessionId());
      assertEquals(SessionStatus.COMPLETED, store.session(id).orElseThrow().status());
      assertEquals(first.publishedSamples(), store.session(id).orElseThrow().samples());
      Set<String> keys =
          store.channels(id).stream()
              .map(ChannelSummary::channel)
              .map(c -> c.key())
              .collect(Collectors.toSet());
      assertTrue(keys.containsAll(List.of("speed", "SPEED.SPEED", "sim2.speed")), keys.toString());
    }
  }

  private static void add(MainWindow window, SourceKind kind, String uri, String dbc)
      throws Exception {
    SourceDialog dialog = fx(window::openSourceDialog);
    fx(
        () -> {
          ComboBox<SourceKind> k = lookup(dialog, "#source-kind");
          k.setValue(kind);
          ((TextField) lookup(dialog, "#source-uri")).setText(uri);
          if (!dbc.isEmpty()) {
            ((TextField) lookup(dialog, "#source-dbc")).setText(dbc);
          }
          return null;
        });
    Label message = lookup(dialog, "#source-message");
    assertEquals("", fx(message::getText));
    fx(
        () -> {
          ((Button) lookup(dialog, "#source-connect")).fire();
          return null;
        });
    waitFor(() -> !isShowing(dialog), "the dialog to close after adding " + uri);
  }

  private static boolean isShowing(SourceDialog dialog) {
    return call(() -> dialog.stage().isShowing());
  }

  private static List<LinkHealthModel> models(MainWindow window) {
    return call(() -> window.linkHealth().models());
  }

  private static long rowFrames(MainWindow window, int row) {
    return call(
        () -> {
          List<LinkHealthModel> m = window.linkHealth().models();
          return m.size() > row && m.get(row).latest() != null ? m.get(row).latest().frames() : 0L;
        });
  }

  private static String text(MainWindow window, String id) {
    return call(
        () ->
            window.scene().lookup(id) instanceof Label l && l.getText() != null ? l.getText() : "");
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

  private static <T> T call(Callable<T> c) {
    try {
      return fx(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T fx(Callable<T> call) throws Exception {
    return WaitForAsyncUtils.asyncFx(call).get(20, TimeUnit.SECONDS);
  }
}
