package dev.pitwall.app.ui.sessions;

import dev.pitwall.app.ui.sessions.TeamArchive.ArchivedSession;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Team archive…: the remote ({@code s3://BUCKET/PREFIX?endpoint=URL}), what it holds, and
 * push (the selected session, or every finished one not yet there) and pull. Every network call
 * runs on the background executor, one at a time; results and one-line errors show in the dialog.
 *
 * <p>Thread contract: construct and use on the FX thread.
 */
public final class ArchiveDialog {
  private final Stage stage = new Stage();
  private final TeamArchive archive;
  private final Supplier<SessionRow> selected;
  private final Executor background;
  private final Executor toFx;
  private final Consumer<SessionLibrary.Imported> onPulled;
  private final TextField remote = new TextField();
  private final TableView<ArchivedSession> table = new TableView<>();
  private final Label message = new Label();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Button list = new Button("List");
  private final Button pushSelected = new Button("Push selected session");
  private final Button pushAll = new Button("Push all not yet archived");
  private final Button pull = new Button("Pull selected");

  ArchiveDialog(
      Window owner,
      TeamArchive archive,
      Supplier<SessionRow> selected,
      Executor background,
      Executor toFx,
      Consumer<SessionLibrary.Imported> onPulled) {
    this.archive = archive;
    this.selected = selected;
    this.background = background;
    this.toFx = toFx;
    this.onPulled = onPulled;
    stage.initOwner(owner);
    stage.setTitle("Team archive");
    stage.setScene(scene(owner));
    list.setOnAction(e -> list());
    pushSelected.setOnAction(e -> pushSelected());
    pushAll.setOnAction(e -> push(List.of(), "every finished session not yet archived"));
    pull.setOnAction(e -> pull());
    pull.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    CompletableFuture.supplyAsync(archive::rememberedRemote, background)
        .thenAcceptAsync(
            text -> {
              if (remote.getText().isBlank()) {
                remote.setText(text);
              }
            },
            toFx);
  }

  private Scene scene(Window owner) {
    remote.setId("archive-remote");
    remote.setPromptText("s3://BUCKET/PREFIX?endpoint=http://host:9000");
    remote.setPrefColumnCount(48);
    list.setId("archive-list");
    list.setDefaultButton(true);
    pushSelected.setId("archive-push-selected");
    pushAll.setId("archive-push-all");
    pull.setId("archive-pull");
    table.setId("archive-table");
    table.getStyleClass().add("session-table");
    table.setPlaceholder(new Label("List the remote to see its sessions"));
    table.setPrefSize(1060, 300);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                column("Key", 300, ArchivedSession::key),
                column("Started", 190, ArchivedSession::start),
                column("Track", 110, ArchivedSession::track),
                column("Car", 110, ArchivedSession::car),
                column("Driver", 90, ArchivedSession::driver),
                column("Samples", 90, s -> SessionRow.samplesText(s.samples())),
                column("Laps", 50, s -> String.valueOf(s.laps())),
                column("Size", 80, s -> size(s.bytes()))));
    message.setId("archive-message");
    message.setWrapText(true);
    message.setMinHeight(56); // three lines reserved
    message.setMaxWidth(1060);
    message.setAlignment(Pos.TOP_LEFT);
    busy.setPrefSize(18, 18);
    busy.setVisible(false);
    Label credentials =
        new Label(
            "Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or AWS_PROFILE;"
                + " PitWall never stores them.");
    credentials.getStyleClass().add("dialog-hint");
    HBox remoteRow = new HBox(8, new Label("Remote"), remote, list);
    remoteRow.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(remote, Priority.ALWAYS);
    Button close = new Button("Close");
    close.setCancelButton(true);
    close.setOnAction(e -> stage.hide());
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox buttons = new HBox(8, pushSelected, pushAll, pull, busy, spring, close);
    buttons.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(8, remoteRow, credentials, table, buttons, message);
    box.setPadding(new Insets(14));
    box.getStyleClass().add("session-dialog");
    VBox.setVgrow(table, Priority.ALWAYS);
    Scene scene = new Scene(box);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    scene.getStylesheets().add(ArchiveDialog.class.getResource("sessions.css").toExternalForm());
    return scene;
  }

  private static TableColumn<ArchivedSession, String> column(
      String name, double width, Function<ArchivedSession, String> value) {
    TableColumn<ArchivedSession, String> c = new TableColumn<>(name);
    c.setPrefWidth(width);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
    return c;
  }

  private static String size(long bytes) {
    if (bytes < 0) {
      return "";
    }
    return bytes < 1_000_000
        ? String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1e3))
        : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private String remoteText() {
    return remote.getText() == null ? "" : remote.getText().strip();
  }

  private void list() {
    String r = remoteText();
    run(
        "Listing " + r + "…",
        () -> archive.list(r),
        sessions -> {
          table.setItems(FXCollections.observableArrayList(sessions));
          return sessions.size() + " session(s) in " + r;
        });
  }

  private void pushSelected() {
    SessionRow row = selected.get();
    if (row == null) {
      message.setText("Select a session in the session list first (or push all)");
      return;
    }
    push(List.of(row.id()), "session " + row.id());
  }

  private void push(List<Long> ids, String what) {
    String r = remoteText();
    run(
        "Pushing " + what + " to " + r + "…",
        () -> {
          TeamArchive.Outcome outcome = archive.push(r, ids);
          return new Pushed(outcome, outcome.ok() ? archive.list(r) : null);
        },
        pushed -> {
          if (pushed.archived() != null) { // what the archive holds now
            table.setItems(FXCollections.observableArrayList(pushed.archived()));
          }
          return String.join("\n", pushed.outcome().lines());
        });
  }

  private record Pushed(TeamArchive.Outcome outcome, List<ArchivedSession> archived) {}

  private void pull() {
    ArchivedSession s = table.getSelectionModel().getSelectedItem();
    String r = remoteText();
    run(
        "Pulling " + s.key() + " from " + r + "…",
        () -> archive.pull(r, s.key()),
        imported -> {
          onPulled.accept(imported);
          return imported.message();
        });
  }

  /** Runs one archive call in the background; {@code shown} turns its result into the message. */
  private <T> void run(String doing, Supplier<T> call, Function<T, String> shown) {
    if (remoteText().isEmpty()) {
      message.setText("Type the remote: s3://BUCKET/PREFIX?endpoint=URL");
      return;
    }
    setBusy(true);
    message.setText(doing);
    CompletableFuture.supplyAsync(call, background)
        .whenCompleteAsync(
            (result, error) -> {
              setBusy(false);
              message.setText(error == null ? shown.apply(result) : SessionBrowser.oneLine(error));
            },
            toFx);
  }

  private void setBusy(boolean on) {
    busy.setVisible(on);
    for (Button b : new Button[] {list, pushSelected, pushAll}) {
      b.setDisable(on);
    }
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    stage.show();
  }
}
