package dev.pitwall.app.ui;

import dev.pitwall.app.ui.chart.StripChart;
import dev.pitwall.app.ui.chart.StripChart.Trace;
import dev.pitwall.app.ui.gauge.GaugePanel;
import dev.pitwall.app.ui.laps.LapTableView;
import dev.pitwall.app.ui.status.StatusBar;
import dev.pitwall.app.ui.stream.LiveChannels;
import dev.pitwall.app.ui.track.TrackMapView;
import dev.pitwall.core.telemetry.Subscription;
import dev.pitwall.core.track.TrackLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The live screen: gauges, strip charts, track map, lap table and status bar of a {@link LiveFeed}.
 *
 * <p>Threading: an {@link AnimationTimer} pulls once per FX pulse: it drains the UI subscription
 * into ring buffers, then every panel redraws from those buffers. Nothing is posted per sample;
 * sources never touch the scene graph.
 */
public final class LiveScreen {
  /** Seconds of history in the strip charts. */
  public static final double WINDOW_S = 60;

  private static final int SUBSCRIPTION_BLOCKS = 1 << 16;

  private final LiveFeed feed;
  private final GaugePanel gauges = new GaugePanel();
  private final List<StripChart> charts;
  private final TrackMapView trackMap = new TrackMapView();
  private final LapTableView lapTable;
  private final StatusBar statusBar = new StatusBar();
  private final GridPane node = new GridPane();
  private final FrameCostMeter pullCost = new FrameCostMeter(600);
  private final FrameCostMeter frameCost = new FrameCostMeter(600);
  private final FrameCostMeter frameCpu = new FrameCostMeter(600);
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long frameStartCpuNanos;
  private final AnimationTimer timer;
  private Subscription subscription;
  private LiveChannels channels;
  private Scene scene;
  private long frameStartNanos;
  private final Runnable afterLayout = this::afterLayout;
  // channel mapping and learnt tracks (ADR 0008)
  private final VBox chartBox = new VBox(4);
  private final Label notices = new Label();
  private StripChart channelChart;
  private TrackLayout shownTrack;
  private long noticesShownNanos = Long.MIN_VALUE / 2;

  public LiveScreen(LiveFeed feed) {
    this.feed = feed;
    this.charts = List.of(speedChart(), pedalChart(), rpmChart());
    this.lapTable = new LapTableView(feed.track().map(TrackLayout::sectorCount).orElse(3));
    feed.track().ifPresent(trackMap::setTrack);
    shownTrack = feed.track().orElse(null);
    layout();
    timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            onFrame(now);
          }
        };
  }

  private static StripChart speedChart() {
    return new StripChart(
        "Speed",
        "km/h",
        0,
        350,
        WINDOW_S,
        false,
        List.of(new Trace("speed", "speed", Color.web("#3fa7ff"))));
  }

  private static StripChart pedalChart() {
    return new StripChart(
        "Pedals",
        "%, bar",
        0,
        120,
        WINDOW_S,
        false,
        List.of(
            new Trace("throttle", "throttle %", Color.web("#4cd964")),
            new Trace("brakePressureFront", "brake front bar", Color.web("#ff453a"))));
  }

  private static StripChart rpmChart() {
    return new StripChart(
        "Engine",
        "rpm",
        0,
        13000,
        WINDOW_S,
        true,
        List.of(new Trace("rpm", "rpm", Color.web("#ffb000"))));
  }

  private void layout() {
    node.getStyleClass().add("live-screen");
    node.setHgap(8);
    node.setVgap(8);
    node.setPadding(new Insets(8));
    ColumnConstraints left = new ColumnConstraints();
    left.setPercentWidth(64);
    ColumnConstraints right = new ColumnConstraints();
    right.setPercentWidth(36);
    node.getColumnConstraints().addAll(left, right);
    RowConstraints row = new RowConstraints();
    row.setVgrow(Priority.ALWAYS);
    node.getRowConstraints().add(row);

    for (StripChart c : charts) {
      VBox.setVgrow(c.node(), Priority.ALWAYS);
      c.node().setMinHeight(120);
      c.node().setPrefHeight(200);
      chartBox.getChildren().add(c.node());
    }
    chartBox.getStyleClass().add("panel");
    notices.setId("live-notices");
    notices.getStyleClass().add("live-notices");
    notices.setStyle("-fx-text-fill: #ffb000;");
    notices.setWrapText(true);
    notices.setManaged(false);
    notices.setVisible(false);
    VBox leftColumn = new VBox(8, notices, gauges.node(), chartBox);
    VBox.setVgrow(chartBox, Priority.ALWAYS);
    VBox rightColumn = new VBox(8, trackMap.node(), lapTable.node());
    trackMap.node().getStyleClass().add("panel");
    VBox.setVgrow(trackMap.node(), Priority.ALWAYS);
    lapTable.node().setPrefHeight(300);
    lapTable.node().setMinHeight(180);
    node.add(leftColumn, 0, 0);
    node.add(rightColumn, 1, 0);
  }

  public GridPane node() {
    return node;
  }

  public StatusBar statusBar() {
    return statusBar;
  }

  /** Subscribes to the feed and starts pulling once per frame. FX thread. */
  public void start(Scene owner) {
    if (subscription != null) {
      return;
    }
    subscription = feed.subscribe("ui", SUBSCRIPTION_BLOCKS);
    channels = new LiveChannels(subscription, WINDOW_S + 5);
    scene = owner;
    scene.addPostLayoutPulseListener(afterLayout);
    timer.start();
  }

  /** Stops pulling and leaves the bus. FX thread. */
  public void stop() {
    timer.stop();
    if (scene != null) {
      scene.removePostLayoutPulseListener(afterLayout);
    }
    if (subscription != null) {
      subscription.close();
      subscription = null;
    }
  }

  private void onFrame(long pulseNanos) {
    frameStartNanos = System.nanoTime();
    frameStartCpuNanos = threads.getCurrentThreadCpuTime();
    int samples = channels.drain();
    gauges.refresh(channels, pulseNanos);
    for (StripChart c : charts) {
      c.refresh(channels);
    }
    if (channelChart != null) {
      channelChart.refresh(channels);
    }
    showLearntTrack();
    trackMap.refresh(channels, feed.lapDistanceScale());
    showNotices(pulseNanos);
    lapTable.refresh(feed.lapBoard(0), pulseNanos);
    statusBar.refresh(
        pulseNanos,
        samples,
        feed.sourceUri(),
        feed.sourceHealth(),
        feed.droppedSamples(),
        feed.recordedSamples(),
        feed.sessionId() + " · " + feed.sessionDescription(),
        frameCpu.meanMs());
    pullCost.record(System.nanoTime() - frameStartNanos);
  }

  /** A track learnt after the start (a game's session packet) replaces the empty map. */
  private void showLearntTrack() {
    var now = feed.track().orElse(null);
    if (now != null && now != shownTrack) {
      shownTrack = now;
      trackMap.setTrack(now);
    }
  }

  /** Mapping problems and learnt-track notes, refreshed twice a second. */
  private void showNotices(long pulseNanos) {
    if (pulseNanos - noticesShownNanos < 500_000_000L) {
      return;
    }
    noticesShownNanos = pulseNanos;
    for (String key : gauges.channelKeys()) {
      var ring = channels.ring(key);
      if (ring != null) {
        gauges.showUnit(key, ring.channel().unit()); // the unit of what feeds it, once known
      }
    }
    String text = String.join("\n", feed.notices());
    if (!text.equals(notices.getText())) {
      notices.setText(text);
      notices.setVisible(!text.isEmpty());
      notices.setManaged(!text.isEmpty());
    }
  }

  /**
   * Adds (or replaces) a strip chart of any channel by its key ({@code SPEED.SPEED}, {@code
   * car2/rpm}), its y axis following the data; null or blank removes it. FX thread.
   */
  public void showChannel(String channelKey) {
    if (channelChart != null) {
      chartBox.getChildren().remove(channelChart.node());
      channelChart = null;
    }
    if (channelKey == null || channelKey.isBlank()) {
      return;
    }
    String unit =
        feed.channels().stream()
            .filter(c -> c.key().equals(channelKey))
            .map(c -> c.unit())
            .findFirst()
            .orElse("");
    channelChart = StripChart.ofAnyChannel(channelKey, unit, WINDOW_S, Color.web("#bf5af2"));
    VBox.setVgrow(channelChart.node(), Priority.ALWAYS);
    chartBox.getChildren().add(channelChart.node());
  }

  /** The chart of {@link #showChannel}, or null. */
  public StripChart channelChart() {
    return channelChart;
  }

  public TrackMapView trackMap() {
    return trackMap;
  }

  /** The notices line as shown (empty when hidden). */
  public String noticesText() {
    return notices.getText();
  }

  /** Runs after CSS and layout of the pulse, after chart-fx has drawn its canvases. */
  private void afterLayout() {
    if (frameStartNanos != 0) {
      frameCost.record(System.nanoTime() - frameStartNanos);
      frameCpu.record(threads.getCurrentThreadCpuTime() - frameStartCpuNanos);
      frameStartNanos = 0;
    }
  }

  public GaugePanel gauges() {
    return gauges;
  }

  public LapTableView lapTable() {
    return lapTable;
  }

  public List<StripChart> charts() {
    return charts;
  }

  /** FX-thread cost of draining and updating the panels (our code only), per frame. */
  public FrameCostMeter pullCost() {
    return pullCost;
  }

  /** Cost from the start of the pull to the end of layout and chart drawing, per frame. */
  public FrameCostMeter frameCost() {
    return frameCost;
  }

  /**
   * FX-thread CPU time over the same span as {@link #frameCost()}: unlike wall time it does not
   * grow when the machine is busy with other work.
   */
  public FrameCostMeter frameCpu() {
    return frameCpu;
  }

  /** The UI's ring buffers; null before {@link #start}. */
  public LiveChannels channels() {
    return channels;
  }

  /** Samples the UI's own subscription dropped (the UI fell behind). */
  public long uiDroppedSamples() {
    return subscription == null ? 0 : subscription.droppedSamples();
  }
}
