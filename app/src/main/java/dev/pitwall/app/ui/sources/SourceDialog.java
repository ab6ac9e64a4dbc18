package dev.pitwall.app.ui.sources;

import dev.pitwall.app.live.SourceKind;
import dev.pitwall.app.ui.LiveFeed;
import java.io.File;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Connect source…: pick a kind, type a URI or port path, optionally choose a DBC file and a
 * replay speed, and whether the source joins the running session (the default: a GPS next to the
 * CAN bus, one session, one time base) or replaces it with a new session. Problems show inline
 * under the fields; "Connect" runs the {@link SourceConnector} on the background executor and
 * closes the dialog only when the new source is live, so a failure leaves the current session
 * running and the message on screen.
 *
 * <p>Thread contract: construct and show on the FX thread.
 */
public final class SourceDialog {
  private final Stage stage = new Stage();
  private final SourceConnector connector;
  private final Executor background;
  private final Consumer<LiveFeed> onConnected;
  private final ComboBox<SourceKind> kind =
      new ComboBox<>(FXCollections.observableArrayList(SourceKind.values()));
  private final TextField uri = new TextField();
  private final TextField dbc = new TextField();
  private final Button browse = new Button("Browse…");
  private final TextField map = new TextField();
  private final Button browseMap = new Button("Browse…");
  private final ComboBox<String> speed =
      new ComboBox<>(FXCollections.observableArrayList("1", "10", "max"));
  private final Label syntax = new Label();
  private final Label message = new Label();
  private final CheckBox addToSession =
      new CheckBox("Add to the running session (keep its sources; clear: start a new session)");
  private final Button connect = new Button("Connect");
  private final Button cancel = new Button("Cancel");

  /**
   * @param onConnected receives the new feed on the FX thread after a successful connect
   */
  public SourceDialog(
      Window owner,
      SourceConnector connector,
      Executor background,
      Consumer<LiveFeed> onConnected) {
    this.connector = Objects.requireNonNull(connector);
    this.background = Objects.requireNonNull(background);
    this.onConnected = Objects.requireNonNull(onConnected);
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Connect source");
    stage.setScene(scene(owner));
    stage.setResizable(false);
    kind.valueProperty().addListener((o, was, now) -> kindChanged(now));
    kind.setValue(SourceKind.CANDUMP);
    speed.setValue("10");
    uri.textProperty().addListener((o, was, now) -> validate());
    dbc.textProperty().addListener((o, was, now) -> validate());
    browse.setOnAction(e -> chooseDbc());
    map.textProperty().addListener((o, was, now) -> validate());
    browseMap.setOnAction(e -> chooseMap());
    connect.setOnAction(e -> connect());
    cancel.setOnAction(e -> stage.hide());
    validate();
  }

  private Scene scene(Window owner) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("source-dialog");
    grid.setHgap(10);
    grid.setVgap(8);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    ColumnConstraints fields = new ColumnConstraints();
    fields.setHgrow(Priority.ALWAYS);
    grid.getColumnConstraints().addAll(labels, fields);
    kind.setId("source-kind");
    uri.setId("source-uri");
    uri.setPrefColumnCount(48);
    dbc.setId("source-dbc");
    dbc.setPromptText("DBC file decoding the CAN frames");
    browse.setId("source-dbc-browse");
    speed.setId("source-speed");
    syntax.setId("source-syntax");
    syntax.getStyleClass().add("source-hint");
    message.setId("source-message");
    message.setWrapText(true);
    message.setMaxWidth(640);
    message.setMinHeight(38); // two lines are reserved so a long error never resizes the dialog
    message.setAlignment(Pos.TOP_LEFT);
    addToSession.setId("source-add");
    addToSession.setSelected(true);
    connect.setId("source-connect");
    connect.setDefaultButton(true);
    cancel.setCancelButton(true);
    HBox dbcRow = new HBox(6, dbc, browse);
    HBox.setHgrow(dbc, Priority.ALWAYS);
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox buttons = new HBox(8, spring, cancel, connect);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    buttons.setPadding(new Insets(8, 0, 0, 0));
    grid.addRow(0, new Label("Kind"), kind);
    grid.addRow(1, new Label("URI or port"), uri);
    grid.add(syntax, 1, 2);
    grid.addRow(3, new Label("DBC file"), dbcRow);
    grid.addRow(4, new Label("Replay speed"), speed);
    map.setId("source-map");
    map.setPromptText("channel map file (optional; File → Channels… later)");
    browseMap.setId("source-map-browse");
    HBox mapRow = new HBox(6, map, browseMap);
    HBox.setHgrow(map, Priority.ALWAYS);
    grid.addRow(5, new Label("Channel map"), mapRow);
    grid.add(addToSession, 1, 6);
    grid.add(message, 0, 7, 2, 1);
    grid.add(buttons, 0, 8, 2, 1);
    Scene scene = new Scene(grid);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    scene
        .getStylesheets()
        .add(
            Objects.requireNonNull(SourceDialog.class.getResource("sources.css")).toExternalForm());
    return scene;
  }

  public Stage stage() {
    return stage;
  }

  /** Whether "Connect" adds the source to the running session (else: a new session). */
  public void setAddToSession(boolean add) {
    addToSession.setSelected(add);
  }

  /**
   * Fills the fields from the source a session was recorded from, for "Continue recording…"; they
   * stay editable. The channel map is not stored with a session, so its field only says so.
   */
  public void prefill(StoredSource stored) {
    stored.kind().ifPresent(kind::setValue); // first: a kind change puts its example URI in
    if (!stored.uri().isEmpty()) {
      uri.setText(stored.uri());
    }
    dbc.setText(stored.dbc());
    if (!stored.speed().isEmpty()) {
      speed.setValue(stored.speed());
    }
    map.setPromptText("not stored with the session: choose it again if one was used");
    if (!stored.others().isEmpty()) {
      syntax.setText("Recorded with " + String.join(", ", stored.others()) + " too: add it later");
    }
  }

  public void show() {
    stage.show();
    uri.requestFocus();
  }

  private void kindChanged(SourceKind k) {
    uri.setText(k.example());
    syntax.setText(k.syntax() + " — " + k.description());
    dbc.setDisable(!k.needsDbc());
    browse.setDisable(!k.needsDbc());
    speed.setDisable(k != SourceKind.CANDUMP);
    validate();
  }

  private void chooseDbc() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("DBC file");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("DBC files", "*.dbc", "*.DBC"),
            new FileChooser.ExtensionFilter("All files", "*"));
    File file = chooser.showOpenDialog(stage);
    if (file != null) {
      dbc.setText(file.getAbsolutePath());
    }
  }

  private void chooseMap() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Channel map");
    File file = chooser.showOpenDialog(stage);
    if (file != null) {
      map.setText(file.getAbsolutePath());
    }
  }

  SourceForm form() {
    return new SourceForm(
        kind.getValue(), uri.getText(), dbc.getText(), speed.getValue(), map.getText());
  }

  private boolean validate() {
    Optional<String> problem = form().problem();
    show(problem.orElse(""), "source-error");
    connect.setDisable(problem.isPresent());
    return problem.isEmpty();
  }

  private void show(String text, String style) {
    message.setText(text);
    message.getStyleClass().removeAll("source-error", "source-busy");
    message.getStyleClass().add(style);
  }

  private void connect() {
    if (!validate()) {
      return;
    }
    var request = form().request();
    setBusy(true);
    boolean add = addToSession.isSelected();
    show((add ? "Adding " : "Connecting to ") + request.uri() + " …", "source-busy");
    CompletableFuture.supplyAsync(
            () -> add ? connector.add(request) : connector.connect(request), background)
        .whenComplete(
            (feed, error) ->
                Platform.runLater(
                    () -> {
                      setBusy(false);
                      if (error == null) {
                        stage.hide();
                        onConnected.accept(feed);
                      } else {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        show("Cannot connect: " + cause.getMessage(), "source-error");
                      }
                    }));
  }

  private void setBusy(boolean busy) {
    connect.setDisable(busy);
    kind.setDisable(busy);
    uri.setDisable(busy);
    addToSession.setDisable(busy);
  }
}
