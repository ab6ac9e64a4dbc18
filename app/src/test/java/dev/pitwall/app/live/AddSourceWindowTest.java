package dev.pitwall.app.live;

import static dev.pitwall.app.live.RealRecordings.RAV4_DBC;
import static dev.pitwall.app.live.RealRecordings.RAV4_LOG;
import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxQuiet;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.saveWindow;
import static dev.pitwall.app.ui.FxSteps.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sources.LinkHealthModel;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.core.session.ChannelSummary;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File → Connect source… adding sources to the running session, headless: the window starts on the
 * simulator, the user adds the real RAV4 candump log, then a second simulated car whose channel
 * names clash; the link-health panel shows a row per source (the clash said in the SOURCE cell),
 * "Disconnect" stops one, and the one session stores all of them.
 */
@ExtendWith(ApplicationExtension.class)
class AddSourceWindowTest {

  @TempDir Path dir;

  @Test
  void addsSourcesToTheRunningSessionAndDisconnectsOne() throws Exception {
    RealRecordings.assumeRav4();
    Stage stage = FxSteps.testStage();
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    ExecutorService background = Executors.newSingleThreadExecutor();
    try (SessionStore store = H2SessionStore.open(dir.resolve("pw"))) {
      var sim = SimulatedLive.at("cota", 1, 1L, 10.0);
      LiveSession first =
          LiveSession.start(CombinedSource.of(sim.source()), store, sim.track(), null);
      LiveSwitcher switcher = new LiveSwitcher(factory, store, first);
      try {
        MainWindow window =
            SourceDialogSteps.showLiveWindow(
                stage, first, switcher, dir.resolve("snapshots"), background);
        waitFor(() -> models(window).size() == 1 && models(window).get(0).latest() != null, "sim");
        assertEquals(null, fx(() -> window.scene().lookup("#link-disconnect")), "one source");

        add(window, SourceKind.CANDUMP, RAV4_LOG.toString(), RAV4_DBC.toString());
        waitFor(() -> models(window).size() == 2, "a second row");
        assertTrue(models(window).get(1).uri().startsWith("candump:"), models(window).get(1).uri());
        waitFor(() -> rowFrames(window, 1) > 1_000, "CAN frames counted on the second row");
        assertTrue(text(window, "#link-source").startsWith("sim  sim:cota"));
        assertTrue(text(window, "#link-source-2").startsWith("candump  candump:"));
        assertEquals("STREAMING", text(window, "#link-state-2"));
        assertTrue(fx(() -> window.scene().lookup("#link-disconnect-2")) instanceof Button);
        saveWindow(window, "add-source-sim-and-candump.png");

        add(window, SourceKind.SIM, "sim:cota?cars=1&seed=9", "");
        waitFor(() -> models(window).size() == 3, "a third row");
        waitFor(
            () ->
                text(window, "#link-source-3")
                    .matches("sim2 \\([0-9]+ renamed sim2\\.\\*\\)  sim:cota.*"),
            "the clash");
        Thread.sleep(1_500); // a second of rates on the new row
        saveWindow(window, "add-source-name-clash.png");
        String clash = text(window, "#link-source-3");
        int renamed = Integer.parseInt(clash.replaceAll("^sim2 \\(([0-9]+) renamed.*", "$1"));
        int simChannels = sim.source().channels().size();
        assertTrue(renamed > 5 && renamed <= simChannels, clash + " of " + simChannels);

        fxRun(() -> ((Button) window.scene().lookup("#link-disconnect-3")).fire());
        waitFor(() -> models(window).size() == 2, "the disconnected row gone");
        assertTrue(models(window).get(1).uri().startsWith("candump:"));
        FxSteps.close(window, stage);
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
    fxRun(() -> SourceDialogSteps.fill(dialog, kind, uri, dbc));
    Label message = SourceDialogSteps.message(dialog);
    assertEquals("", fx(message::getText));
    fxRun(() -> SourceDialogSteps.connect(dialog));
    waitFor(
        () -> !fxQuiet(() -> dialog.stage().isShowing()),
        "the dialog to close after adding " + uri);
  }

  private static List<LinkHealthModel> models(MainWindow window) {
    return fxQuiet(() -> window.linkHealth().models());
  }

  private static long rowFrames(MainWindow window, int row) {
    return fxQuiet(
        () -> {
          List<LinkHealthModel> m = window.linkHealth().models();
          return m.size() > row && m.get(row).latest() != null ? m.get(row).latest().frames() : 0L;
        });
  }

  private static String text(MainWindow window, String id) {
    return fxQuiet(
        () ->
            window.scene().lookup(id) instanceof Label l && l.getText() != null ? l.getText() : "");
  }
}
