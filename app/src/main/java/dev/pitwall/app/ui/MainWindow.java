package dev.pitwall.app.ui;

import dev.pitwall.app.ui.channels.ChannelsDialog;
import dev.pitwall.app.ui.sources.LinkHealthPanel;
import dev.pitwall.app.ui.sources.SourceConnector;
import dev.pitwall.app.ui.sources.SourceDialog;
import dev.pitwall.core.track.TrackLayout;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/**
 * The main window's scene: menu and tool bar (room for later screens under "View"), the live screen
 * in the centre and the status bar at the bottom.
 *
 * <p>Thread contract: construct and call everything on the FX thread. The caller puts {@link
 * #scene()} on a stage, shows it, then calls {@link #start()}; hiding the window stops the screen.
 */
public final class MainWindow {
  public static final double WIDTH = 1600;
  public static final double HEIGHT = 900;
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private LiveFeed feed;
  private final Path snapshotDir;
  private final Executor background;
  private LiveScreen live;
  private final LinkHealthPanel linkHealth;
  private final Label sessionInfo = new Label();
  private final Label trackInfo = new Label();
  private final MenuItem connectSource = new MenuItem("Connect source…");
  private SourceConnector connector;
  private final BorderPane root = new BorderPane();
  private final Scene scene;
  private final Label snapshotInfo = new Label();
  private final Label screenName = new Label("LIVE");
  private String liveScreenName = "LIVE"; // "REPLAY" in a replay window
  private final VBox top = new VBox();
  private final Map<String, RadioMenuItem> screenItems = new LinkedHashMap<>();
  private final RadioMenuItem liveItem = new RadioMenuItem("Live");
  private final Menu fileMenu = new Menu("File");
  private final List<java.util.function.Consumer<LiveFeed>> feedListeners =
      new java.util.ArrayList<>();

  /**
   * @param snapshotDir where "Save snapshot" writes PNG files
   * @param background runs PNG encoding off the FX thread (tests pass a same-thread executor)
   */
  public MainWindow(LiveFeed feed, Path snapshotDir, Executor background) {
    this.feed = Objects.requireNonNull(feed, "feed");
    this.snapshotDir = Objects.requireNonNull(snapshotDir, "snapshotDir");
    this.background = Objects.requireNonNull(background, "background");
    this.live = new LiveScreen(feed);
    root.getStyleClass().add("pitwall-root");
    top.getChildren().addAll(menuBar(), toolBar());
    root.setTop(top);
    root.setCenter(live.node());
    this.linkHealth = new LinkHealthPanel(feed);
    root.setBottom(new VBox(linkHealth.node(), live.statusBar().node()));
    scene = new Scene(root, WIDTH, HEIGHT);
    scene
        .getStylesheets()
        .add(
            Objects.requireNonNull(MainWindow.class.getResource("pitwall-dark.css"))
                .toExternalForm());
  }

  private MenuBar menuBar() {
    MenuItem snapshot = new MenuItem("Save snapshot");
    snapshot.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
    snapshot.setOnAction(e -> saveSnapshot());
    MenuItem close = new MenuItem("Close window");
    close.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
    close.setOnAction(e -> scene.getWindow().hide());
    connectSource.setId("connect-source");
    connectSource.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    connectSource.setDisable(true); // until a connector is set
    connectSource.setOnAction(e -> openSourceDialog());
    MenuItem channels = new MenuItem("Channels…");
    channels.setId("channels-menu");
    channels.setAccelerator(KeyCombination.keyCombination("Shortcut+K"));
    channels.setOnAction(e -> openChannelsDialog());
    Menu file = fileMenu;
    file.getItems().setAll(connectSource, channels, snapshot, close);

    ToggleGroup screens = new ToggleGroup();
    liveItem.setToggleGroup(screens);
    liveItem.setSelected(true);
    liveItem.setOnAction(e -> show(liveScreenName, live.node()));
    Menu view = new Menu("View", null, liveItem);
    for (String name : List.of("Lap analysis", "Coaching", "Strategy", "Sessions")) {
      RadioMenuItem item = new RadioMenuItem(name);
      item.setToggleGroup(screens);
      item.setDisable(true); // until a screen is attached with addScreen
      screenItems.put(name, item);
      view.getItems().add(item);
    }
    MenuBar bar = new MenuBar(file, view);
    bar.setId("main-menu");
    return bar;
  }

  private ToolBar toolBar() {
    Label brand = new Label("PITWALL");
    brand.getStyleClass().add("brand");
    Label screen = screenName;
    screen.getStyleClass().add("screen-name");
    Label session = sessionInfo;
    session.getStyleClass().add("toolbar-info");
    Label track = trackInfo;
    track.getStyleClass().add("toolbar-info");
    showFeedInfo();
    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    snapshotInfo.getStyleClass().add("toolbar-info");
    Button snapshot = new Button("Snapshot");
    snapshot.setId("snapshot-button");
    snapshot.setOnAction(e -> saveSnapshot());
    ToolBar bar = new ToolBar(brand, screen, session, track, spring, snapshotInfo, snapshot);
    bar.getStyleClass().add("main-toolbar");
    HBox.setHgrow(bar, Priority.ALWAYS);
    bar.setStyle("-fx-alignment: center-left");
    brand.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /**
   * Attaches a screen to the View menu entry {@code menuName} ("Lap analysis", "Coaching",
   * "Strategy" or "Sessions") and enables it.
   */
  public void addScreen(String menuName, Node node) {
    RadioMenuItem item = screenItems.get(menuName);
    if (item == null) {
      throw new IllegalArgumentException("no View menu entry " + menuName);
    }
    item.setDisable(false);
    item.setOnAction(e -> show(menuName.toUpperCase(java.util.Locale.ROOT), node));
  }

  /** What the badge says while the live screen shows, e.g. "REPLAY" over a replayed session. */
  public void setLiveScreenName(String name) {
    if (screenName.getText().equals(liveScreenName)) {
      screenName.setText(name);
    }
    liveScreenName = name;
  }

  /** Shows the screen of View menu entry {@code menuName} (or "Live"). */
  public void showScreen(String menuName) {
    RadioMenuItem item = screenItems.get(menuName);
    if (menuName.equals("Live")) {
      show(liveScreenName, live.node());
    } else if (item != null && !item.isDisable()) {
      item.setSelected(true);
      item.fire();
    }
  }

  private void show(String name, Node node) {
    screenName.setText(name);
    root.setCenter(node);
  }

  /** Adds entries to the File menu after "Connect source…" (e.g. Import…, Export…). FX thread. */
  public void addFileItems(MenuItem... items) {
    int at = fileMenu.getItems().indexOf(connectSource) + 1;
    fileMenu.getItems().addAll(at, List.of(items));
  }

  /** Calls {@code listener} with every new feed {@link #switchFeed} shows. FX thread. */
  public void addFeedListener(java.util.function.Consumer<LiveFeed> listener) {
    feedListeners.add(listener);
  }

  /** Adds a bar under the tool bar, e.g. replay controls. */
  public void addControls(Node bar) {
    top.getChildren().add(bar);
  }

  /** Enables View → Strategy, which then shows {@code strategyScreen}. FX thread. */
  public void attachStrategy(Node strategyScreen) {
    addScreen("Strategy", strategyScreen);
  }

  private void showFeedInfo() {
    sessionInfo.setText(feed.sessionDescription());
    trackInfo.setText(feed.track().map(TrackLayout::displayName).orElse("track unknown"));
  }

  /** Enables File → Connect source…; the connector ends the current session and starts another. */
  public void setSourceConnector(SourceConnector sourceConnector) {
    this.connector = sourceConnector;
    connectSource.setDisable(sourceConnector == null);
    linkHealth.setDisconnect(
        sourceConnector == null ? null : label -> disconnectSource(sourceConnector, label));
  }

  /** Opens the source dialog (File → Connect source…). FX thread. */
  public SourceDialog openSourceDialog() {
    SourceDialog dialog =
        new SourceDialog(scene.getWindow(), connector, background, this::switchFeed);
    dialog.show();
    return dialog;
  }

  /** Stops one source of the session off the FX thread; a refusal is shown in the tool bar. */
  private void disconnectSource(SourceConnector sourceConnector, String label) {
    CompletableFuture.runAsync(() -> sourceConnector.disconnect(label), background)
        .whenComplete(
            (ok, error) ->
                Platform.runLater(
                    () ->
                        snapshotInfo.setText(
                            error == null
                                ? "disconnected " + label
                                : "cannot disconnect " + label + ": " + rootMessage(error))));
  }

  private static String rootMessage(Throwable error) {
    return error.getCause() != null ? error.getCause().getMessage() : error.getMessage();
  }

  /**
   * Opens File → Channels… on the current feed's channel mapping; null for a feed without one
   * (replay). FX thread.
   */
  public ChannelsDialog openChannelsDialog() {
    var mapping = feed.channelMapping();
    if (mapping.isEmpty()) {
      return null;
    }
    List<String> keys = feed.channels().stream().map(c -> c.key()).sorted().toList();
    ChannelsDialog dialog =
        new ChannelsDialog(scene.getWindow(), mapping.get(), keys, k -> live.showChannel(k));
    dialog.show();
    return dialog;
  }

  /**
   * Shows another session's feed: the live screen is rebuilt on it (its ring buffers and lap table
   * belong to the old session); the link-health panel follows. FX thread.
   */
  public void switchFeed(LiveFeed newFeed) {
    if (newFeed == feed) { // a source was added to the running session: the panel shows its row
      showFeedInfo();
      return;
    }
    live.stop();
    feed = Objects.requireNonNull(newFeed, "feed");
    live = new LiveScreen(feed);
    root.setCenter(live.node());
    ((VBox) root.getBottom()).getChildren().set(1, live.statusBar().node());
    linkHealth.setFeed(feed);
    showFeedInfo();
    if (scene.getWindow() instanceof javafx.stage.Stage stage) {
      stage.setTitle("PitWall — " + feed.sessionDescription() + " · " + feed.sourceUri());
    }
    live.start(scene);
    feedListeners.forEach(l -> l.accept(feed));
  }

  public LinkHealthPanel linkHealth() {
    return linkHealth;
  }

  public Scene scene() {
    return scene;
  }

  public LiveScreen live() {
    return live;
  }

  /** Starts the live screen; it stops by itself when the window is hidden (closed). */
  public void start() {
    live.start(scene);
    linkHealth.start();
    if (scene.getWindow() != null) {
      scene.getWindow().addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> stop());
    }
  }

  public void stop() {
    live.stop();
    linkHealth.stop();
  }

  /** Saves a PNG of the whole window into the snapshot directory with a timestamped name. */
  public CompletableFuture<Path> saveSnapshot() {
    Path file =
        snapshotDir.resolve("pitwall-live-" + LocalDateTime.now().format(FILE_TIME) + ".png");
    return saveSnapshot(file)
        .whenComplete(
            (path, error) ->
                Platform.runLater(
                    () ->
                        snapshotInfo.setText(
                            error == null
                                ? "saved " + path.getFileName()
                                : "snapshot failed: " + error.getMessage())));
  }

  /** Saves a PNG of the whole window to {@code file}. Call on the FX thread. */
  public CompletableFuture<Path> saveSnapshot(Path file) {
    return SnapshotWriter.write(scene, file, background);
  }
}
