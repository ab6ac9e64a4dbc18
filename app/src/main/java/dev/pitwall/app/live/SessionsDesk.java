package dev.pitwall.app.live;

import dev.pitwall.analytics.tyre.ml.TyreModelRegistry;
import dev.pitwall.app.replay.ReplayStages;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.database.EncryptDialog;
import dev.pitwall.app.ui.sessions.PathChooser;
import dev.pitwall.app.ui.sessions.SessionBrowser;
import dev.pitwall.app.ui.sessions.TeamArchive;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.app.ui.sources.StoredSource;
import dev.pitwall.core.session.SessionStore;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The main window's session side wired together: the session browser (View → Sessions), File →
 * Import…, Export… and Team archive…, and replay windows opened from the browser. Owns the named
 * executors that work runs on and shuts them down on close.
 *
 * <p>Thread contract: construct anywhere; {@link #attach} on the FX thread; {@link #close} after
 * the window has closed.
 */
final class SessionsDesk implements AutoCloseable {
  private final SessionStore store;
  private final Path db;
  private final Path snapshotDir;
  private final PathChooser chooser;
  // searches, imports, exports, archive calls: two threads, so a minutes-long import of a whole
  // race file never holds up a search
  private final ExecutorService work = executor("pitwall-sessions", 2);
  // the replay windows' session analyses, apart so an analysis never delays a search
  private final ExecutorService replays = executor("pitwall-replay-analysis", 2);
  private volatile SessionBrowser browser;
  private volatile EncryptDialog.Encryptor encryptor; // File → Encrypt database…
  private volatile LiveSwitcher switcher; // the window's live sessions: continues interrupted ones
  private volatile ReplayStages replayStages; // set on FX, closed from the opening thread

  /**
   * @param db the database path without {@code .mv.db}
   */
  SessionsDesk(SessionStore store, Path db, Path snapshotDir) {
    this(store, db, snapshotDir, PathChooser.platform());
  }

  SessionsDesk(SessionStore store, Path db, Path snapshotDir, PathChooser chooser) {
    this.store = store;
    this.db = db;
    this.snapshotDir = snapshotDir;
    this.chooser = chooser;
  }

  private static ExecutorService executor(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** Adds the browser screen and the File menu entries to {@code window}. FX thread. */
  SessionBrowser attach(MainWindow window) {
    TeamArchive archive = new S3TeamArchive(store, db);
    replayStages =
        new ReplayStages(
            store, snapshotDir, replays, Platform::runLater, window.scene().getWindow());
    replayStages.setTyreModels(TyreModelRegistry.besideDatabase(db));
    browser =
        new SessionBrowser(
            new CatalogSessionLibrary(store),
            replayStages,
            chooser,
            work,
            Platform::runLater,
            ZoneId.systemDefault(),
            db.toAbsolutePath().getParent());
    window.addScreen("Sessions", browser.node());
    MenuItem importItem = item("Import…", "Shortcut+I", "menu-import");
    importItem.setOnAction(
        e -> {
          window.showScreen("Sessions");
          browser.importFile();
        });
    MenuItem exportItem = item("Export…", "Shortcut+E", "menu-export");
    exportItem.setOnAction(
        e -> {
          window.showScreen("Sessions");
          browser.exportSelected();
        });
    MenuItem archiveItem = item("Team archive…", null, "menu-archive");
    archiveItem.setOnAction(
        e -> {
          window.showScreen("Sessions");
          browser.openArchive(archive);
        });
    EncryptDialog.Encryptor encryption = encryptor;
    if (encryption != null) { // added first: the items below go in front of it
      MenuItem encryptItem = item("Encrypt database…", null, "menu-encrypt");
      encryptItem.setOnAction(e -> openEncryptDialog(window, encryption));
      window.addFileItems(encryptItem);
    }
    window.addFileItems(importItem, exportItem, archiveItem);
    LiveSwitcher live = switcher;
    if (live != null) {
      browser.setContinueAction(id -> continueInWindow(window, live, id));
    }
    // the session a switch ended is COMPLETED now; the new one is RECORDING
    window.addFeedListener(feed -> browser.refresh());
    return browser;
  }

  /** Enables File → Encrypt database…; call before {@link #attach}. */
  void encryptWith(EncryptDialog.Encryptor encryption) {
    this.encryptor = encryption;
  }

  /** File → Encrypt database…: the password twice, the work on the session executor. FX thread. */
  EncryptDialog openEncryptDialog(MainWindow window, EncryptDialog.Encryptor encryption) {
    EncryptDialog dialog =
        new EncryptDialog(window.scene().getWindow(), encryption, work, Platform::runLater);
    dialog.show();
    return dialog;
  }

  /** Enables "Continue recording…" in the browser; call before {@link #attach}. */
  void continueWith(LiveSwitcher liveSwitcher) {
    this.switcher = liveSwitcher;
  }

  /**
   * Reads session {@code id}'s stored source on the work executor, then asks for a source as File →
   * Connect source… does, pre-filled with it, and records the one chosen into session {@code id}.
   */
  CompletableFuture<SourceDialog> continueInWindow(MainWindow window, LiveSwitcher live, long id) {
    return CompletableFuture.supplyAsync(
            () -> store.session(id).map(s -> s.info().source()).orElse(""), work)
        .exceptionally(e -> "") // unreadable: the dialog opens empty, the connect will say why
        .thenApplyAsync(
            source -> openContinueDialog(window, live, id, StoredSource.parse(source)),
            Platform::runLater);
  }

  private SourceDialog openContinueDialog(
      MainWindow window, LiveSwitcher live, long id, StoredSource stored) {
    SourceDialog dialog =
        new SourceDialog(
            window.scene().getWindow(),
            live.continuing(id),
            work,
            feed -> {
              window.switchFeed(feed);
              window.showScreen("Live");
            });
    dialog.setAddToSession(false); // the continued session replaces the running one
    javafx.scene.Node add = dialog.stage().getScene().lookup("#source-add");
    if (add != null) { // adding to the running session makes no sense here
      add.setVisible(false);
      add.setManaged(false);
    }
    dialog.prefill(stored);
    dialog.stage().setTitle("Continue recording session " + id);
    dialog.show();
    return dialog;
  }

  private static MenuItem item(String text, String accelerator, String id) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    return item;
  }

  SessionBrowser browser() {
    return browser;
  }

  @Override
  public void close() {
    if (replayStages != null) {
      replayStages.close();
    }
    work.shutdownNow();
    replays.shutdownNow();
  }
}
