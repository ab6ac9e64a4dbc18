package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.waitFx;

import dev.pitwall.app.ui.FxSteps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sessions.PathChooser;
import dev.pitwall.app.ui.sessions.SessionBrowser;
import dev.pitwall.app.ui.sessions.SessionRow;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.storage.h2.H2SessionStore;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window on its Sessions screen over {@link SessionFixtures}' four sessions in a real H2
 * file (one INTERRUPTED), behind an {@link IdleFeed}, for the session browser tests: {@link #open}
 * in {@code @BeforeEach}, {@link #close} in {@code @AfterEach}.
 */
final class SessionBrowserFixture {
  final Path dir;
  final SessionStore store;
  final MainWindow window;
  final SessionBrowser browser;

  /** The answers of the next file dialogs, in order (FileChooser cannot run headless). */
  final Deque<Path> chosen = new ArrayDeque<>();

  private final Stage stage;
  private final SessionsDesk desk;

  private SessionBrowserFixture(Path dir, Stage stage) throws Exception {
    this.dir = dir;
    this.stage = stage;
    Path db = dir.resolve("pw");
    SessionFixtures.write(db);
    store = H2SessionStore.open(db); // recovers the unfinished session as INTERRUPTED
    desk = new SessionsDesk(store, db, dir.resolve("snapshots"), answers());
    window =
        fx(() -> new MainWindow(new IdleFeed("first"), dir.resolve("snapshots"), Runnable::run));
    browser = fx(() -> showSessions(stage, window, desk, "PitWall — session browser test"));
  }

  /** Writes the sessions under {@code dir}, shows the browser and waits until it lists all four. */
  static SessionBrowserFixture open(Stage stage, Path dir) throws Exception {
    SessionBrowserFixture f = new SessionBrowserFixture(dir, stage);
    waitFx(() -> f.rows().size() == 4, () -> "rows " + f.rows());
    return f;
  }

  /**
   * Puts {@code window} on {@code stage} titled {@code title}, attaches {@code desk}'s browser and
   * shows the Sessions screen; on the FX thread.
   */
  static SessionBrowser showSessions(
      Stage stage, MainWindow window, SessionsDesk desk, String title) {
    stage.setScene(window.scene());
    stage.setTitle(title);
    stage.show();
    SessionBrowser browser = desk.attach(window);
    window.start();
    window.showScreen("Sessions");
    return browser;
  }

  /** The rows the table shows now; on the FX thread. */
  List<SessionRow> rows() {
    return List.copyOf(browser.table().getItems());
  }

  /** The browser's message line (what the last action did or why it failed). */
  String message() throws Exception {
    return fx(() -> browser.message().getText());
  }

  /** Selects the row of session {@code id} as a click would. */
  void select(long id) throws Exception {
    fxRun(
        () -> {
          for (SessionRow r : browser.table().getItems()) {
            if (r.id() == id) {
              browser.table().getSelectionModel().select(r);
            }
          }
        });
  }

  void close() throws Exception {
    FxSteps.close(window, stage);
    desk.close();
    store.close();
  }

  /** Answers the file dialogs with the queued {@link #chosen} paths. */
  private PathChooser answers() {
    return new PathChooser() {
      @Override
      public Optional<Path> open(Window owner, String title) {
        return Optional.ofNullable(chosen.poll());
      }

      @Override
      public Optional<Path> save(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(chosen.poll());
      }
    };
  }
}
