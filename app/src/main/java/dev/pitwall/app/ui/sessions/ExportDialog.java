package dev.pitwall.app.ui.sessions;

import dev.pitwall.app.ui.sessions.SessionLibrary.ExportFormat;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Export…: the selected session to CSV (optionally resampled to a rate) or Parquet, at a path the
 * user types or chooses. The export runs on the background executor; the dialog stays open with the
 * error if it fails and closes when the file is written.
 *
 * <p>Thread contract: construct and use on the FX thread.
 */
public final class ExportDialog {
  private final Stage stage = new Stage();
  private final SessionRow row;
  private final SessionLibrary library;
  private final Executor background;
  private final Executor toFx;
  private final Consumer<String> onDone;
  private final ComboBox<ExportFormat> format =
      new ComboBox<>(FXCollections.observableArrayList(ExportFormat.values()));
  private final TextField rate = new TextField();
  private final TextField file = new TextField();
  private final Button choose = new Button("Choose…");
  private final Label message = new Label();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Button export = new Button("Export");

  ExportDialog(
      Window owner,
      SessionRow row,
      SessionLibrary library,
      PathChooser chooser,
      Path directory,
      Executor background,
      Executor toFx,
      Consumer<String> onDone) {
    this.row = row;
    this.library = library;
    this.background = background;
    this.toFx = toFx;
    this.onDone = onDone;
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Export session " + row.id());
    format.setValue(ExportFormat.CSV);
    file.setText(directory.resolve(suggestedName()).toString());
    format.valueProperty().addListener((o, was, now) -> formatChanged(was, now));
    choose.setOnAction(
        e ->
            chooser
                .save(stage, "Export session " + row.id(), suggestedName())
                .ifPresent(p -> file.setText(p.toString())));
    export.setOnAction(e -> export());
    stage.setScene(scene(owner));
    stage.setResizable(false);
  }

  private Scene scene(Window owner) {
    format.setId("export-format");
    rate.setId("export-rate");
    rate.setPromptText("every sample");
    rate.setPrefColumnCount(8);
    file.setId("export-file");
    file.setPrefColumnCount(44);
    choose.setId("export-choose");
    message.setId("export-message");
    message.setWrapText(true);
    message.setMaxWidth(620);
    message.setMinHeight(38); // two lines reserved: an error never resizes the dialog
    busy.setVisible(false);
    busy.setPrefSize(18, 18);
    export.setId("export-run");
    export.setDefaultButton(true);
    Button cancel = new Button("Cancel");
    cancel.setCancelButton(true);
    cancel.setOnAction(e -> stage.hide());
    GridPane grid = new GridPane();
    grid.getStyleClass().add("session-dialog");
    grid.setHgap(10);
    grid.setVgap(8);
    grid.setPadding(new Insets(14));
    HBox fileRow = new HBox(6, file, choose);
    HBox.setHgrow(file, Priority.ALWAYS);
    Label hz = new Label("Hz (CSV only; blank = every sample at its own time)");
    hz.getStyleClass().add("dialog-hint");
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox buttons = new HBox(8, busy, spring, cancel, export);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    grid.addRow(0, new Label("Session"), new Label(row.describe()));
    grid.addRow(1, new Label("Format"), format);
    grid.addRow(2, new Label("Rate"), new HBox(8, rate, hz));
    grid.addRow(3, new Label("File"), fileRow);
    grid.add(message, 0, 4, 2, 1);
    grid.add(buttons, 0, 5, 2, 1);
    Scene scene = new Scene(grid);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    scene.getStylesheets().add(ExportDialog.class.getResource("sessions.css").toExternalForm());
    return scene;
  }

  private String suggestedName() {
    return "session-" + row.id() + "." + format.getValue().extension();
  }

  /** Keeps the file name's extension in step with the format. */
  private void formatChanged(ExportFormat was, ExportFormat now) {
    rate.setDisable(now == ExportFormat.PARQUET);
    String text = file.getText();
    String oldExt = "." + was.extension();
    if (text.endsWith(oldExt)) {
      file.setText(text.substring(0, text.length() - oldExt.length()) + "." + now.extension());
    }
  }

  private void export() {
    double rateHz;
    try {
      rateHz = parseRate();
    } catch (IllegalArgumentException e) {
      message.setText(e.getMessage());
      return;
    }
    if (file.getText().isBlank()) {
      message.setText("Choose a file to write");
      return;
    }
    Path out = Path.of(file.getText().strip());
    ExportFormat f = format.getValue();
    setBusy(true, "Exporting session " + row.id() + " to " + out.getFileName() + "…");
    CompletableFuture.supplyAsync(() -> library.export(row.id(), f, rateHz, out), background)
        .whenCompleteAsync(this::finished, toFx);
  }

  private double parseRate() {
    String text = rate.getText() == null ? "" : rate.getText().strip();
    if (format.getValue() == ExportFormat.PARQUET || text.isEmpty()) {
      return 0;
    }
    try {
      double hz = Double.parseDouble(text);
      if (hz > 0 && hz <= 100_000) {
        return hz;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("Rate must be a number of Hz above 0, or blank");
  }

  private void finished(String done, Throwable error) {
    if (error != null) {
      setBusy(false, "Export failed: " + SessionBrowser.oneLine(error));
      return;
    }
    setBusy(false, done);
    stage.hide();
    onDone.accept(done);
  }

  private void setBusy(boolean on, String text) {
    busy.setVisible(on);
    export.setDisable(on);
    message.setText(text);
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    stage.show();
  }
}
