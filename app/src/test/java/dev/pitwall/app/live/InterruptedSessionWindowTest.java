package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.shot;
import static dev.pitwall.app.ui.FxSteps.showingStage;
import static dev.pitwall.app.ui.FxSteps.waitFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.laps.LapRow;
import dev.pitwall.app.ui.sessions.PathChooser;
import dev.pitwall.app.ui.sessions.SessionBrowser;
import dev.pitwall.app.ui.sessions.SessionRow;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.recovery.InterruptedSessions;
import dev.pitwall.core.session.recovery.SessionEvent;
import dev.pitwall.core.track.TrackCatalog;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Close as completed" and "Continue recording…" in the session browser, headless, on a real H2
 * file holding a simulator session whose recording died (status RECORDING and no lap rows, as a
 * crash leaves it; the store reopens it as INTERRUPTED). Screenshots go to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class InterruptedSessionWindowTest {
  private static final double MAX_SPEED = Double.POSITIVE_INFINITY; // as 'record --speed max'
  private static final String CONTINUE_TITLE = "Continue recording";
  @TempDir Path dir;
  private Stage stage;
  private SessionStore store;
  private LiveSwitcher switcher;
  private MainWindow window;
  private SessionsDesk desk;
  private SessionBrowser browser;
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private long crashed;

  @Start
  void start(Stage stage) {
    this.stage = stage;
  }

  /** A 320 s simulator session at COTA (two laps), then turned into what a crash leaves. */
  private long crashedSession(Path db) throws Exception {
    RecordResult r =
        new DesktopServices()
            .record(
                new SourceRequest(
                    "sim", "cota", 1, 3L, MAX_SPEED, java.time.Duration.ofSeconds(320)),
                db);
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db)) {
      c.createStatement()
          .executeUpdate("UPDATE sessions SET status = 'RECORDING' WHERE id = " + r.sessionId());
      c.createStatement().executeUpdate("DELETE FROM laps WHERE session_id = " + r.sessionId());
    }
    return r.sessionId();
  }

  @BeforeEach
  void showBrowser() throws Exception {
    Path db = dir.resolve("pw");
    crashed = crashedSession(db);
    store = H2SessionStore.open(db); // recovers the crashed session as INTERRUPTED
    SourceFactory factory = new SourceFactory(TrackCatalog.builtIn());
    var sim = factory.create(new SourceRequest("sim", "spa", 1, 1L, 1.0, null));
    LiveSession first = LiveSession.start(sim.source(), store, sim.track(), null);
    switcher = new LiveSwitcher(factory, store, first);
    desk = new SessionsDesk(store, db, dir.resolve("snapshots"), PathChooser.platform());
    desk.continueWith(switcher);
    fxRun(
        () -> {
          window = new MainWindow(first, dir.resolve("snapshots"), background);
          window.setSourceConnector(switcher);
          browser =
              SessionBrowserFixture.showSessions(
                  stage, window, desk, "PitWall — interrupted session test");
        });
    waitFx(() -> row(crashed) != null, () -> "rows " + browser.table().getItems());
  }

  @AfterEach
  void close() throws Exception {
    FxSteps.close(window, stage);
    switcher.close();
    desk.close();
    store.close();
    background.shutdownNow();
  }

  private SessionRow row(long id) {
    return browser.table().getItems().stream().filter(r -> r.id() == id).findFirst().orElse(null);
  }

  private void select(long id) throws Exception {
    fxRun(() -> browser.table().getSelectionModel().select(row(id)));
  }

  private Button button(String id) throws Exception {
    return fx(() -> (Button) window.scene().lookup(id));
  }

  private String message() throws Exception {
    return fx(() -> browser.message().getText());
  }

  @Test
  void closeAsCompletedRecomputesTheLapsAndTheRowShowsCompleted() throws Exception {
    long live = Long.parseLong(switcher.current().sessionId());
    select(live);
    assertTrue(fx(() -> button("#session-close-interrupted").isDisabled()), "RECORDING: no");
    select(crashed);
    assertEquals(SessionStatus.INTERRUPTED, fx(() -> row(crashed).status()));
    assertEquals(0, fx(() -> row(crashed).laps()), "the crash lost the lap rows");
    assertFalse(fx(() -> button("#session-close-interrupted").isDisabled()));
    shot(() -> window.scene(), "session-browser-interrupted-selected.png");

    fxRun(() -> ((Button) window.scene().lookup("#session-close-interrupted")).fire());
    waitFx(() -> row(crashed).status() == SessionStatus.COMPLETED, this::message);
    SessionRow closed = fx(() -> row(crashed));
    assertTrue(closed.laps() >= 2, "laps recomputed: " + closed);
    assertTrue(closed.bestLapS() > 140 && closed.bestLapS() < 160, "COTA lap: " + closed);
    assertTrue(message().matches("Session \\d+ closed as COMPLETED: \\d laps \\(recomputed.*"));
    assertEquals(SessionStatus.COMPLETED, store.session(crashed).orElseThrow().status());
    assertEquals(closed.laps(), store.laps(crashed).size());
    select(crashed);
    assertTrue(fx(() -> button("#session-close-interrupted").isDisabled()), "closed: no more");
    shot(() -> window.scene(), "session-browser-closed-as-completed.png");
  }

  @Test
  void continueRecordingRecordsANewSourceIntoTheInterruptedSession() throws Exception {
    long samplesBefore = store.session(crashed).orElseThrow().samples();
    select(crashed);
    fxRun(() -> ((Button) window.scene().lookup("#session-continue")).fire());
    waitFx(() -> showingStage(CONTINUE_TITLE) != null, this::message);
    Stage dialog = fx(() -> showingStage(CONTINUE_TITLE));
    assertEquals(CONTINUE_TITLE + " session " + crashed, fx(dialog::getTitle));
    // pre-filled with the session's own source (recorded at max speed): only the speed is edited
    String stored = store.session(crashed).orElseThrow().info().source();
    assertEquals(SourceKind.SIM, fx(() -> kindBox(dialog).getValue()));
    assertTrue(
        stored.startsWith("sim:cota?cars=1&seed=3&") && stored.contains("duration="), stored);
    assertEquals(
        stored.replaceFirst("&duration=\\d+", ""),
        fx(() -> field(dialog, "#source-uri").getText()));
    shot(dialog::getScene, "session-continue-dialog.png");
    fxRun(() -> field(dialog, "#source-uri").setText("sim:cota?cars=1&seed=3"));
    fxRun(() -> ((Button) dialog.getScene().lookup("#source-connect")).fire());
    waitFx(
        () -> switcher.current().sessionId().equals(Long.toString(crashed)),
        () -> "current " + switcher.current().sessionId() + "; " + message());
    assertEquals(SessionStatus.RECORDING, store.session(crashed).orElseThrow().status());
    // the car crosses the line 0.9 s in: lap 3 under way above the two laps driven before the
    // crash (recovered from the samples: the crash lost the lap rows), never a new "L1 0.9"
    waitFx(() -> lapRows().size() == 3, () -> lapRows().toString());
    List<LapRow> rows = fx(this::lapRows);
    assertEquals(List.of("L3", "L2", "L1"), rows.stream().map(LapRow::lap).toList());
    assertEquals(LapRow.Kind.CURRENT, rows.get(0).kind());
    assertTrue(
        rows.get(1).time().startsWith("2:") && rows.get(2).time().startsWith("2:"),
        rows.toString());
    Thread.sleep(2000); // a couple of seconds of the continued recording on screen
    shot(() -> window.scene(), "live-continued-session.png");
    fxRun(() -> window.showScreen("Sessions"));
    waitFx(() -> row(crashed).status() == SessionStatus.RECORDING, this::message);
    switcher.close();
    var after = store.session(crashed).orElseThrow();
    assertEquals(SessionStatus.COMPLETED, after.status());
    assertTrue(after.samples() > samplesBefore, samplesBefore + " -> " + after.samples());
    List<SessionEvent> gaps = ((InterruptedSessions) store).events(crashed);
    assertTrue(gaps.stream().anyMatch(e -> e.kind().equals(SessionEvent.GAP)), gaps.toString());
  }

  @SuppressWarnings("unchecked")
  private static ComboBox<SourceKind> kindBox(Stage dialog) {
    return (ComboBox<SourceKind>) dialog.getScene().lookup("#source-kind");
  }

  private static TextField field(Stage dialog, String id) {
    return (TextField) dialog.getScene().lookup(id);
  }

  /** The live screen's lap table, top row first. */
  @SuppressWarnings("unchecked")
  private List<LapRow> lapRows() {
    var table = (TableView<LapRow>) window.scene().lookup(".lap-table");
    return table == null ? List.of() : List.copyOf(table.getItems()); // null while switching
  }
}
