package dev.pitwall.app.ui.channels;

import dev.pitwall.app.mapping.ChannelMap;
import dev.pitwall.app.mapping.ChannelMapException;
import dev.pitwall.app.mapping.ChannelMapFile;
import dev.pitwall.app.mapping.MappingSink;
import dev.pitwall.app.mapping.RoleBinding;
import dev.pitwall.app.mapping.RoleSource;
import dev.pitwall.app.mapping.ScreenRole;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Channels…: which source channel feeds each gauge, chart, the map and the lap timer. Each
 * role has a choice of "auto" (by name and unit), "none" or any channel of the source; the column
 * beside it says what feeds the role now. A map file can be loaded and saved; "Apply" takes effect
 * on the next block of the running source. One more chart shows any channel by name.
 *
 * <p>Thread contract: FX thread.
 */
public final class ChannelsDialog {
  static final String AUTO = "auto";
  static final String NONE = "none";

  private final Stage stage = new Stage();
  private final MappingSink mapping;
  private final Consumer<String> showChannel;
  private final Map<ScreenRole, ComboBox<String>> choices = new EnumMap<>(ScreenRole.class);
  private final Map<ScreenRole, Label> now = new EnumMap<>(ScreenRole.class);
  private final ComboBox<String> chartChannel = new ComboBox<>();
  private final Label message = new Label();
  private ChannelMap base;

  /**
   * @param channelKeys every channel key of the feed, for the extra chart
   * @param showChannel shows a chart of a channel key (null removes it)
   */
  public ChannelsDialog(
      Window owner, MappingSink mapping, List<String> channelKeys, Consumer<String> showChannel) {
    this.mapping = Objects.requireNonNull(mapping);
    this.showChannel = Objects.requireNonNull(showChannel);
    this.base = mapping.map();
    stage.initOwner(owner);
    stage.setTitle("Channels");
    List<String> options = new ArrayList<>(List.of(AUTO, NONE));
    options.addAll(mapping.sourceChannels());
    List<String> chartOptions = new ArrayList<>(List.of(""));
    chartOptions.addAll(channelKeys);
    chartChannel.setItems(FXCollections.observableArrayList(chartOptions));
    chartChannel.setId("channels-chart");
    chartChannel.setPromptText("any channel");
    stage.setScene(scene(owner, options));
    fill(base);
  }

  private Scene scene(Window owner, List<String> options) {
    GridPane grid = new GridPane();
    grid.setHgap(10);
    grid.setVgap(4);
    grid.setPadding(new Insets(10));
    grid.addRow(0, bold("Screen"), bold("Source channel"), bold("Feeding it now"));
    int row = 1;
    for (ScreenRole role : ScreenRole.values()) {
      ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(options));
      box.setId("channel-role-" + role.key());
      box.setPrefWidth(300);
      Label feeding = new Label();
      feeding.setId("channel-now-" + role.key());
      choices.put(role, box);
      now.put(role, feeding);
      grid.addRow(
          row++,
          new Label(role.label() + "  (" + role.key() + ", " + role.unit() + ")"),
          box,
          feeding);
    }
    grid.addRow(row, bold("Extra chart"), chartChannel);
    message.setId("channels-message");
    message.setWrapText(true);
    message.setMaxWidth(820);
    message.setMinHeight(38);
    message.setStyle("-fx-text-fill: #ffb000;");
    Button load = button("Load map…", "channels-load", e -> chooseAndLoad());
    Button save = button("Save map…", "channels-save", e -> chooseAndSave());
    Button apply = button("Apply", "channels-apply", e -> apply());
    apply.setDefaultButton(true);
    Button close = button("Close", "channels-close", e -> stage.hide());
    close.setCancelButton(true);
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    HBox buttons = new HBox(8, load, save, spring, close, apply);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    VBox root = new VBox(8, grid, message, buttons);
    root.setPadding(new Insets(0, 10, 10, 10));
    root.getStyleClass().add("channels-dialog");
    Scene scene = new Scene(root);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    }
    return scene;
  }

  private static Label bold(String text) {
    Label l = new Label(text);
    l.setStyle("-fx-font-weight: bold;");
    return l;
  }

  private static Button button(
      String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(action);
    return b;
  }

  /** Shows {@code map} in the choices and what feeds each role now. */
  private void fill(ChannelMap map) {
    for (ScreenRole role : ScreenRole.values()) {
      String choice = map.get(role).map(s -> s.isNone() ? NONE : s.channel()).orElse(AUTO);
      ComboBox<String> box = choices.get(role);
      if (!box.getItems().contains(choice)) {
        box.getItems().add(choice); // a mapped channel the source lacks (yet)
      }
      box.setValue(choice);
    }
    showState();
  }

  private void showState() {
    var resolution = mapping.resolution();
    for (ScreenRole role : ScreenRole.values()) {
      now.get(role).setText(resolution.binding(role).map(RoleBinding::describe).orElse("—"));
    }
    message.setText(String.join("\n", resolution.problems()));
  }

  /** The map the choices describe; a role left on its file line keeps its factor and unit. */
  ChannelMap chosenMap() {
    ChannelMap map = ChannelMap.automatic();
    for (ScreenRole role : ScreenRole.values()) {
      String choice = choices.get(role).getValue();
      RoleSource line =
          choice == null || choice.equals(AUTO)
              ? null
              : choice.equals(NONE)
                  ? RoleSource.none()
                  : base.get(role)
                      .filter(s -> choice.equals(s.channel()))
                      .orElse(RoleSource.of(choice));
      map = map.with(role, line);
    }
    return map;
  }

  /** Takes the choices into use. */
  public void apply() {
    base = chosenMap();
    mapping.apply(base);
    String chart = chartChannel.getValue();
    showChannel.accept(chart == null || chart.isBlank() ? null : chart);
    showState();
  }

  /** Puts a map file's lines into the choices (Apply uses them); problems show in the dialog. */
  public boolean load(Path file) {
    try {
      base = ChannelMapFile.read(file);
      fill(base);
      message.setText("loaded " + file.getFileName() + ": press Apply to use it");
      return true;
    } catch (ChannelMapException e) {
      message.setText(e.getMessage());
      return false;
    }
  }

  /** Writes the choices to a map file. */
  public void save(Path file) {
    try {
      ChannelMapFile.write(file, chosenMap());
      message.setText("saved " + file);
    } catch (IOException e) {
      message.setText("cannot save " + file + ": " + e.getMessage());
    }
  }

  /** Picks a role's source in the form (as the user would); call {@link #apply()} after. */
  public void choose(ScreenRole role, String choice) {
    ComboBox<String> box = choices.get(role);
    if (!box.getItems().contains(choice)) {
      box.getItems().add(choice);
    }
    box.setValue(choice);
  }

  /** Picks the extra chart's channel in the form. */
  public void chooseChart(String channelKey) {
    chartChannel.setValue(channelKey);
  }

  private void chooseAndLoad() {
    File f = chooser("Load channel map").showOpenDialog(stage);
    if (f != null) {
      load(f.toPath());
    }
  }

  private void chooseAndSave() {
    File f = chooser("Save channel map").showSaveDialog(stage);
    if (f != null) {
      save(f.toPath());
    }
  }

  private static FileChooser chooser(String title) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("Channel maps", "*.map", "*.txt", "*.properties"),
            new FileChooser.ExtensionFilter("All files", "*"));
    return chooser;
  }

  public Stage stage() {
    return stage;
  }

  public void show() {
    stage.show();
  }

  /** The text under the table (problems, load/save results). */
  public String messageText() {
    return message.getText();
  }
}
