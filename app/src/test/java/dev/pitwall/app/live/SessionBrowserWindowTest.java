package dev.pitwall.app.live;

import static dev.pitwall.app.ui.FxSteps.fx;
import static dev.pitwall.app.ui.FxSteps.fxRun;
import static dev.pitwall.app.ui.FxSteps.shot;
import static dev.pitwall.app.ui.FxSteps.testStage;
import static dev.pitwall.app.ui.FxSteps.waitFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.sessions.ExportDialog;
import dev.pitwall.app.ui.sessions.SessionBrowser;
import dev.pitwall.app.ui.sessions.SessionRow;
import dev.pitwall.core.session.SessionStatus;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.catalog.SessionCatalog;
import dev.pitwall.core.session.catalog.SessionQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The session browser in the main window, headless, on a real H2 file: listing (with an INTERRUPTED
 * session), search, rename, delete with its confirmation, import of a real RaceChrono file and of a
 * broken one, export to CSV and Parquet, and the refresh when the window switches to a new
 * recording. Screenshots go to target/screenshots. The refresh, replay, 500-session and team
 * archive flows: {@link SessionBrowserRefreshReplayArchiveTest}.
 */
@ExtendWith(ApplicationExtension.class)
class SessionBrowserWindowTest {
  static final Path TIANMA =
      RealRecordings.DATA.resolve(
          "gps/racechrono_tianma/session_20251231_111318_tianma_lap9_v3.csv");

  @TempDir Path dir;
  private SessionBrowserFixture sessions;
  private SessionStore store;
  private MainWindow window;
  private SessionBrowser browser;

  @BeforeEach
  void showBrowser() throws Exception {
    sessions = SessionBrowserFixture.open(testStage(), dir);
    store = sessions.store;
    window = sessions.window;
    browser = sessions.browser;
  }

  @AfterEach
  void close() throws Exception {
    sessions.close();
  }

  private List<SessionRow> rows() {
    return sessions.rows();
  }

  private String message() throws Exception {
    return sessions.message();
  }

  private void select(long id) throws Exception {
    sessions.select(id);
  }

  private static Button button(Alert alert, String text) {
    ButtonType type =
        alert.getButtonTypes().stream()
            .filter(b -> b.getText().equals(text))
            .findFirst()
            .orElseThrow();
    return (Button) alert.getDialogPane().lookupButton(type);
  }

  @Test
  void listsTheStoredSessionsNewestFirstWithAnInterruptedOne() throws Exception {
    List<SessionRow> rows = fx(this::rows);
    assertEquals(List.of(4L, 3L, 2L, 1L), rows.stream().map(SessionRow::id).toList());
    SessionRow crashed = rows.get(0);
    assertEquals(SessionStatus.INTERRUPTED, crashed.status());
    assertEquals("vir", crashed.track());
    assertEquals(500, crashed.samples() / 2, "5 s of two 100 Hz channels kept");
    SessionRow supra = rows.get(1);
    assertEquals(
        List.of("sebring", "Supra GT4", "Ana Silva", 3, 4000L),
        List.of(supra.track(), supra.car(), supra.driver(), supra.laps(), supra.samples()));
    assertEquals(20.0 / 3, supra.bestLapS(), 1e-9);
    assertTrue(fx(() -> window.scene().lookup("#session-count") != null));
    List<String> file =
        fx(
            () ->
                ((javafx.scene.control.MenuBar) window.scene().lookup("#main-menu"))
                    .getMenus().get(0).getItems().stream()
                        .map(javafx.scene.control.MenuItem::getText)
                        .toList());
    assertEquals(
        List.of("Connect source…", "Import…", "Export…", "Team archive…"), file.subList(0, 4));
    shot(() -> window.scene(), "session-browser.png");
  }

  @Test
  void searchFiltersByTextAndByDateRange() throws Exception {
    fxRun(() -> browser.filter().driver().setText("ana"));
    waitFx(() -> rows().size() == 2, () -> "rows " + rows());
    assertEquals(List.of(3L, 1L), fx(() -> rows().stream().map(SessionRow::id).toList()));
    fxRun(() -> browser.filter().track().setText("SEB"));
    waitFx(() -> rows().size() == 1, () -> "rows " + rows());
    fxRun(() -> browser.filter().clear());
    waitFx(() -> rows().size() == 4, () -> "rows " + rows());
    // local days; the fixture's sessions are a day apart, so any zone keeps 21st → 1 session
    LocalDate day =
        SessionFixtures.at("2026-11-21T14:30:00Z")
            .atZone(java.time.ZoneId.systemDefault())
            .toLocalDate();
    fxRun(() -> browser.filter().setRange(day, day));
    waitFx(() -> rows().size() == 1, () -> "rows " + rows());
    assertEquals("barber", fx(() -> rows().get(0).track()));
    fxRun(() -> browser.filter().car().setText("supra"));
    waitFx(() -> rows().isEmpty(), () -> "rows " + rows());
    shot(() -> window.scene(), "session-browser-no-match.png");
  }

  @Test
  void renameThroughTheDialogIsStoredAndListed() throws Exception {
    select(2);
    TextInputDialog dialog = fx(browser::renameSelected);
    fxRun(() -> dialog.getEditor().setText("  Race 1 — wet start  "));
    shot(() -> dialog.getDialogPane().getScene(), "session-rename-dialog.png");
    fxRun(() -> ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).fire());
    waitFx(
        () -> rows().stream().anyMatch(r -> r.title().equals("Race 1 — wet start")), this::message);
    var entry =
        ((SessionCatalog) store)
            .search(SessionQuery.all()).stream()
                .filter(e -> e.summary().id() == 2)
                .findFirst()
                .orElseThrow();
    assertEquals(Optional.of("Race 1 — wet start"), entry.title());
    assertEquals(2L, fx(() -> browser.table().getSelectionModel().getSelectedItem().id()));
  }

  @Test
  void deleteAsksFirstNamingTheSessionCancelKeepsItDeleteRemovesIt() throws Exception {
    select(3);
    Alert ask = fx(browser::deleteSelected);
    String header = fx(ask::getHeaderText);
    assertTrue(
        header.contains("session 3") && header.contains("sebring") && header.contains("Supra GT4"),
        header);
    assertTrue(fx(ask::getContentText).contains("4,000 samples and 3 laps"));
    shot(() -> ask.getDialogPane().getScene(), "session-delete-confirm.png");
    fxRun(() -> ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).fire());
    Thread.sleep(300);
    assertTrue(store.session(3).isPresent(), "cancel keeps the session");
    assertEquals(4, fx(() -> rows().size()));

    select(3);
    Alert again = fx(browser::deleteSelected);
    fxRun(() -> button(again, "Delete").fire());
    waitFx(() -> rows().size() == 3, this::message);
    assertFalse(store.session(3).isPresent(), "Delete removes it from the database");
    assertTrue(message().startsWith("Deleted session 3"), message());
  }

  @Test
  void importOfARealRaceChronoFileAppearsSelectedAndABadFileSaysWhere() throws Exception {
    assumeTrue(Files.isRegularFile(TIANMA), "RaceChrono Tianma data absent: skipped");
    fxRun(() -> browser.filter().track().setText("cota")); // the import clears the filter
    sessions.chosen.add(TIANMA);
    fxRun(browser::importFile);
    waitFx(() -> message().startsWith("Imported") && rows().size() == 5, this::message);
    assertTrue(message().contains("as session 5"), message());
    SessionRow imported = fx(() -> browser.table().getSelectionModel().getSelectedItem());
    assertEquals(5, imported.id());
    assertEquals(88_550, imported.samples());
    assertEquals(SessionStatus.COMPLETED, imported.status());
    shot(() -> window.scene(), "session-browser-imported.png");

    Path bad = dir.resolve("broken.csv");
    Files.writeString(bad, "time_s,speed[km/h]\n0.00,10\n0.01,eleven\n");
    sessions.chosen.add(bad);
    fxRun(browser::importFile);
    waitFx(() -> message().startsWith("Import failed"), this::message);
    assertTrue(message().contains("broken.csv line 3"), message());
    assertEquals(5, fx(() -> rows().size()), "nothing of the bad file stored");
    shot(() -> window.scene(), "session-browser-import-error.png");
  }

  @Test
  void exportWritesCsvAtARateAndParquet() throws Exception {
    select(3);
    ExportDialog csv = fx(browser::exportSelected);
    Path csvFile = dir.resolve("out").resolve("supra.csv");
    Files.createDirectories(csvFile.getParent());
    sessions.chosen.add(csvFile);
    fxRun(
        () -> {
          ((TextField) csv.stage().getScene().lookup("#export-rate")).setText("10");
          ((Button) csv.stage().getScene().lookup("#export-choose")).fire();
        });
    assertEquals(
        csvFile.toString(),
        fx(() -> ((TextField) csv.stage().getScene().lookup("#export-file")).getText()));
    shot(() -> csv.stage().getScene(), "session-export-dialog.png");
    fxRun(() -> ((Button) csv.stage().getScene().lookup("#export-run")).fire());
    waitFx(() -> !csv.stage().isShowing(), this::message);
    List<String> lines = Files.readAllLines(csvFile);
    int header = 0;
    while (lines.get(header).startsWith("#")) {
      header++;
    }
    assertEquals("time_s,speed[km/h],rpm[rpm]", lines.get(header));
    assertEquals(200, lines.size() - header - 1, "20 s at 10 Hz");
    assertTrue(message().startsWith("Exported session 3 to " + csvFile), message());

    ExportDialog parquet = fx(browser::exportSelected);
    fxRun(
        () -> {
          @SuppressWarnings("unchecked")
          ComboBox<Object> format =
              (ComboBox<Object>) parquet.stage().getScene().lookup("#export-format");
          format.getSelectionModel().selectLast();
        });
    String path =
        fx(() -> ((TextField) parquet.stage().getScene().lookup("#export-file")).getText());
    assertTrue(path.endsWith("session-3.parquet"), path);
    fxRun(() -> ((Button) parquet.stage().getScene().lookup("#export-run")).fire());
    waitFx(() -> !parquet.stage().isShowing(), this::message);
    byte[] head = Files.readAllBytes(Path.of(path));
    assertEquals("PAR1", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(message().contains("4,000 samples"), message());
  }
}
