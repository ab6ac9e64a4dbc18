package dev.pitwall.app.ui.sessions;

import dev.pitwall.app.ui.analysis.LatestWins;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.catalog.CatalogEntry;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The session browser screen: search (date range, track, car, driver), the session list, and what
 * to do with a session — open it in replay, rename, delete (after a confirmation naming it), export
 * — plus importing a file. The list is searched on the background executor, newest request winning,
 * and refreshed after every change and whenever the screen is shown.
 *
 * <p>Thread contract: construct and call on the FX thread; library work runs on {@code background}
 * and comes back through {@code toFx}.
 */
public final class SessionBrowser {
  private final SessionLibrary library;
  private final SessionOpener opener;
  private final PathChooser chooser;
  private final Executor background;
  private final Executor toFx;
  private final ZoneId zone;
  private final Path exportDir;
  private final LatestWins searches;
  private final SessionFilter filter;
  private final SessionTable table = new SessionTable();
  private final StatusLine status = new StatusLine();
  private final List<Button> needSelection = new ArrayList<>();
  private final BorderPane node = new BorderPane();
  private long selectAfterRefresh = -1;
  private final InterruptedActions interrupted;

  /**
   * @param exportDir where Export… suggests writing files
   */
  public SessionBrowser(
      SessionLibrary library,
      SessionOpener opener,
      PathChooser chooser,
      Executor background,
      Executor toFx,
      ZoneId zone,
      Path exportDir) {
    this.library = Objects.requireNonNull(library);
    this.opener = Objects.requireNonNull(opener);
    this.chooser = Objects.requireNonNull(chooser);
    this.background = Objects.requireNonNull(background);
    this.toFx = Objects.requireNonNull(toFx);
    this.zone = zone;
    this.exportDir = exportDir;
    this.searches = new LatestWins(background, toFx);
    this.filter = new SessionFilter(zone, this::refresh);
    this.interrupted =
        new InterruptedActions(library, table::selected, background, toFx, status, this::refresh);
    node.setId("session-browser");
    node.getStyleClass().add("session-browser");
    node.getStylesheets()
        .add(
            Objects.requireNonNull(SessionBrowser.class.getResource("sessions.css"))
                .toExternalForm());
    node.setTop(filter.node());
    node.setCenter(table.view());
    node.setBottom(actions());
    table.view().setOnMouseClicked(e -> openOnDoubleClick(e.getClickCount()));
    table
        .view()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> needSelection.forEach(b -> b.setDisable(now == null)));
    table
        .view()
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> interrupted.selectionChanged(now));
    // the list is fresh whenever the screen is put on the window
    node.sceneProperty().addListener((o, was, now) -> refreshWhenShown(now));
  }

  private Node actions() {
    Button open = button("Open replay", "session-open", this::openSelected, true);
    Button rename = button("Rename…", "session-rename", this::renameSelected, true);
    Button delete = button("Delete…", "session-delete", this::deleteSelected, true);
    Button export = button("Export…", "session-export", this::exportSelected, true);
    Button importButton = button("Import…", "session-import", this::importFile, false);
    Button refresh = button("Refresh", "session-refresh", this::refresh, false);
    Region gap = new Region();
    gap.setMinWidth(16);
    HBox buttons =
        new HBox(
            8,
            open,
            rename,
            delete,
            export,
            interrupted.close(),
            interrupted.resume(),
            gap,
            importButton,
            refresh);
    buttons.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(6, buttons, status.node());
    box.setPadding(new Insets(8, 10, 8, 10));
    box.getStyleClass().add("session-actions");
    return box;
  }

  private Button button(String text, String id, Runnable action, boolean onSelection) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    if (onSelection) {
      b.setDisable(true);
      needSelection.add(b);
    }
    return b;
  }

  public Node node() {
    return node;
  }

  public SessionFilter filter() {
    return filter;
  }

  public TableView<SessionRow> table() {
    return table.view();
  }

  public Label message() {
    return status.message();
  }

  /** Searches again with the current filter (FX thread; the search runs in the background). */
  public void refresh() {
    var query = filter.query();
    long keep = selectAfterRefresh >= 0 ? selectAfterRefresh : selectedId();
    selectAfterRefresh = -1;
    searches.submit(
        () -> {
          long t0 = System.nanoTime();
          List<SessionRow> rows = rows(library.search(query));
          return new Listed(rows, (System.nanoTime() - t0) / 1e6);
        },
        listed -> {
          table.show(listed.rows(), keep);
          int n = listed.rows().size();
          status.count(
              String.format(
                  Locale.ROOT, "%d session%s · %.1f ms", n, n == 1 ? "" : "s", listed.millis()));
        },
        error -> show(false, "Cannot list sessions: " + oneLine(error)));
  }

  /** A search's rows and how long the search and formatting took on the background thread. */
  private record Listed(List<SessionRow> rows, double millis) {}

  private List<SessionRow> rows(List<CatalogEntry> entries) {
    List<SessionRow> rows = new ArrayList<>(entries.size());
    for (CatalogEntry e : entries) {
      rows.add(SessionRow.of(e, zone));
    }
    return rows;
  }

  private void refreshWhenShown(javafx.scene.Scene scene) {
    if (scene != null) {
      refresh();
    }
  }

  private long selectedId() {
    SessionRow r = table.selected();
    return r == null ? -1 : r.id();
  }

  private Window window() {
    return node.getScene() == null ? null : node.getScene().getWindow();
  }

  private void openOnDoubleClick(int clicks) {
    if (clicks == 2 && table.selected() != null) {
      openSelected();
    }
  }

  /** Opens the selected session in a replay window. */
  public void openSelected() {
    SessionRow row = table.selected();
    if (row == null) {
      return;
    }
    if (row.status() == SessionStatus.RECORDING) {
      show(false, "Session " + row.id() + " is still being recorded; replay it when it has ended");
      return;
    }
    begin("Opening session " + row.id() + " in replay…");
    opener
        .open(row.id())
        .whenCompleteAsync(
            (v, error) ->
                end(
                    error == null,
                    error == null
                        ? "Session " + row.id() + " opened in a replay window"
                        : "Cannot open session " + row.id() + ": " + oneLine(error)),
            toFx);
  }

  /** Asks for a new name of the selected session; null when none is selected. */
  public TextInputDialog renameSelected() {
    SessionRow row = table.selected();
    if (row == null) {
      return null;
    }
    return SessionDialogs.rename(
        window(),
        row,
        name ->
            run(
                () -> library.rename(row.id(), name),
                name.isEmpty()
                    ? "Session " + row.id() + " has no name now"
                    : "Session " + row.id() + " renamed \"" + name + "\"",
                "Rename failed: "));
  }

  /** Asks to confirm deleting the selected session; null when none is selected. */
  public Alert deleteSelected() {
    SessionRow row = table.selected();
    if (row == null) {
      return null;
    }
    return SessionDialogs.confirmDelete(
        window(),
        row,
        () -> run(() -> library.delete(row.id()), "Deleted " + row.describe(), "Delete failed: "));
  }

  /** Closes the selected INTERRUPTED or FAILED session as COMPLETED in the background. */
  public CompletableFuture<String> closeSelected() {
    return interrupted.closeSelected();
  }

  /**
   * Enables "Continue recording…": {@code action} gets the selected unfinished session's id (FX
   * thread) and lets the user pick a source to record into it.
   */
  public void setContinueAction(java.util.function.LongConsumer action) {
    interrupted.setContinueAction(action);
  }

  /** Opens the export dialog for the selected session; null when none is selected. */
  public ExportDialog exportSelected() {
    SessionRow row = table.selected();
    if (row == null) {
      show(false, "Select a session to export");
      return null;
    }
    ExportDialog dialog =
        new ExportDialog(
            window(), row, library, chooser, exportDir, background, toFx, done -> show(true, done));
    dialog.show();
    return dialog;
  }

  /** File → Import…: asks for a file, then imports it. */
  public void importFile() {
    chooser.open(window(), "Import telemetry file").ifPresent(this::importPath);
  }

  /** Imports {@code file} in the background; the new session is listed and selected. */
  public CompletableFuture<SessionLibrary.Imported> importPath(Path file) {
    begin("Importing " + file.getFileName() + "…");
    CompletableFuture<SessionLibrary.Imported> job =
        CompletableFuture.supplyAsync(() -> library.importFile(file), background);
    job.whenCompleteAsync(
        (imported, error) -> {
          if (error != null) {
            end(false, "Import failed: " + oneLine(error));
            return;
          }
          filter.clear(); // the new session shows whatever the filter was
          selectAfterRefresh = imported.sessionId();
          refresh();
          end(true, imported.message());
        },
        toFx);
    return job;
  }

  /** Runs a library change in the background, then refreshes the list and says how it went. */
  private void run(Runnable change, String done, String failedPrefix) {
    begin("Working…");
    CompletableFuture.runAsync(change, background)
        .whenCompleteAsync(
            (v, error) -> {
              end(error == null, error == null ? done : failedPrefix + oneLine(error));
              refresh();
            },
            toFx);
  }

  /** Opens the archive dialog with the selected session offered for push. */
  public ArchiveDialog openArchive(TeamArchive archive) {
    Supplier<SessionRow> selected = table::selected;
    ArchiveDialog dialog =
        new ArchiveDialog(
            window(),
            archive,
            selected,
            background,
            toFx,
            pulled -> {
              selectAfterRefresh = pulled.sessionId();
              refresh();
              show(true, pulled.message());
            });
    dialog.show();
    return dialog;
  }

  private void begin(String text) {
    status.begin(text);
  }

  private void end(boolean ok, String text) {
    status.end(ok, text);
  }

  private void show(boolean ok, String text) {
    status.show(ok, text);
  }

  /** The first line of the innermost useful message of {@code error}. */
  static String oneLine(Throwable error) {
    Throwable e = error;
    while ((e instanceof java.util.concurrent.CompletionException
            || e instanceof java.util.concurrent.ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    return m.lines().findFirst().orElse(m).strip();
  }
}
