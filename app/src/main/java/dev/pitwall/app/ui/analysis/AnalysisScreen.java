package dev.pitwall.app.ui.analysis;

import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.app.report.SessionAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Lap analysis: overlays of laps by distance or by time (speed, throttle, brake; scroll wheel zooms
 * the x axis, drag pans, double-click shows the whole lap), the time delta to a reference lap (of
 * this session or of another one), a track map coloured by delta or a channel, per-lap statistics,
 * a histogram and a lateral vs longitudinal g scatter.
 *
 * <p>Thread contract: FX thread. Every change builds an {@link AnalysisRequest} that {@link
 * AnalysisComputer} runs on the background executor; only the latest result is shown, and it is
 * applied at the start of a pulse when chart-fx holds no lock.
 */
public final class AnalysisScreen {
  /** Styles of the analysis and coaching screens. */
  public static final String STYLESHEET =
      java.util.Objects.requireNonNull(AnalysisScreen.class.getResource("analysis.css"))
          .toExternalForm();

  private static final double SIDE_WIDTH = 230;
  private final LatestWins latest;
  private final BorderPane root = new BorderPane();
  private final List<DistanceChart> charts = new ArrayList<>();
  private final DistanceChart deltaChart = new DistanceChart("delta", "s", true);
  private final ListView<Integer> laps = new ListView<>();
  private final ComboBox<Integer> reference = new ComboBox<>();
  private final ComboBox<String> mapColour = new ComboBox<>();
  private final ComboBox<String> channel = new ComboBox<>();
  private final Label status = new Label("no session loaded");
  private final Label legend = new Label();
  private final Canvas map = new Canvas(380, 245);
  private final Canvas histogram = new Canvas(380, 130);
  private final Canvas scatter = new Canvas(380, 200);
  private final ToggleButton byTime = new ToggleButton("By time");
  private final ComboBox<ReferenceLaps.Candidate> external = new ComboBox<>();
  private final Executor background;
  private final Executor toFx;
  private ReferenceLaps referenceLaps;
  private AnalysisRequest.ExternalReference externalRef;
  private ReferenceLaps.Candidate acceptedExternal;
  private boolean updatingExternal;
  private final StatsTable stats = new StatsTable();
  private final AnimationTimer applier;
  private SessionAnalysis analysis;
  private double fromM;
  private double toM = Double.NaN;
  private AnalysisResult pending;
  private AnalysisResult shown;
  private boolean updating;

  /**
   * @param background runs {@link AnalysisComputer} (tests: a same-thread executor)
   * @param toFx delivers results to the FX thread ({@code Platform::runLater})
   */
  public AnalysisScreen(Executor background, Executor toFx) {
    this.latest = new LatestWins(background, toFx);
    this.background = background;
    this.toFx = toFx;
    root.getStyleClass().add("analysis-screen");
    root.setId("analysis-screen");
    root.getStylesheets().add(STYLESHEET);
    for (String name : AnalysisComputer.CHARTS) {
      charts.add(new DistanceChart(label(name), unit(name), false));
    }
    VBox chartStack = new VBox();
    List<DistanceChart> stacked = new ArrayList<>(charts);
    stacked.add(deltaChart);
    for (DistanceChart c : stacked) {
      // small minimum: the stack shares the height left by the statistics table
      c.node().setMinHeight(60);
      c.node().setPrefHeight(130);
      chartStack.getChildren().add(c.node());
      VBox.setVgrow(c.node(), Priority.ALWAYS);
    }
    ChartGestures gestures = new ChartGestures(this::currentRange, this::applyRange);
    stacked.forEach(gestures::attach);
    root.setLeft(sidebar());
    root.setCenter(chartStack);
    VBox right = new VBox(6, map, histogram, scatter);
    right.setPadding(new Insets(4));
    root.setRight(right);
    stats.node().setPrefHeight(175);
    stats.node().setMinHeight(175);
    root.setBottom(stats.node());
    applier =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            applyPending();
          }
        };
  }

  private VBox sidebar() {
    laps.setId("analysis-laps");
    laps.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    laps.setCellFactory(v -> new LapCell(this::lapText));
    laps.getSelectionModel()
        .getSelectedItems()
        .addListener((javafx.collections.ListChangeListener<Integer>) c -> request());
    reference.setId("analysis-reference");
    reference.setOnAction(
        e -> {
          externalRef = null; // a lap of this session replaces another session's reference
          acceptedExternal = null;
          updatingExternal = true;
          try {
            external.getSelectionModel().clearSelection();
          } finally {
            updatingExternal = false;
          }
          request();
        });
    external.setId("analysis-external-reference");
    external.setPromptText("…or a lap of another session");
    external.setOnAction(e -> chooseExternal(external.getValue()));
    byTime.setId("analysis-by-time");
    byTime.setOnAction(e -> toggleTime());
    mapColour.setId("analysis-map-colour");
    mapColour.setOnAction(e -> request());
    channel.setId("analysis-channel");
    channel.setOnAction(e -> request());
    Button whole = new Button("Whole lap");
    whole.setId("analysis-whole-lap");
    whole.setOnAction(e -> showRange(0, Double.NaN));
    status.setWrapText(true);
    status.getStyleClass().add("analysis-status");
    legend.setWrapText(true);
    legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    VBox side =
        new VBox(
            6,
            heading("Laps (Ctrl-click to compare)"),
            laps,
            heading("Reference lap"),
            reference,
            external,
            heading("Map colour"),
            mapColour,
            heading("Histogram / statistics"),
            channel,
            new javafx.scene.layout.HBox(6, whole, byTime),
            legend,
            status);
    VBox.setVgrow(laps, Priority.ALWAYS);
    side.setPadding(new Insets(6));
    side.setPrefWidth(SIDE_WIDTH);
    side.getStyleClass().add("analysis-side");
    for (var n : List.of(reference, external, mapColour, channel)) {
      n.setMaxWidth(Double.MAX_VALUE);
    }
    return side;
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("analysis-heading");
    return l;
  }

  public Node node() {
    return root;
  }

  public void start() {
    applier.start();
  }

  public void stop() {
    applier.stop();
  }

  /** Shows a freshly analysed session: best lap and latest lap selected, best as reference. */
  public void setSession(SessionAnalysis session) {
    updating = true;
    try {
      analysis = session;
      List<Integer> numbers = session.gridLaps().stream().map(LapAnalysis::lapNumber).toList();
      laps.getItems().setAll(numbers);
      reference.getItems().setAll(numbers);
      List<String> names = new ArrayList<>(session.channelNames());
      names.removeIf(n -> n.startsWith("pos"));
      mapColour.getItems().setAll(AnalysisRequest.DELTA);
      mapColour.getItems().addAll(names);
      mapColour.getSelectionModel().select(AnalysisRequest.DELTA);
      channel.getItems().setAll(names);
      channel
          .getSelectionModel()
          .select(names.contains("speed") ? "speed" : names.isEmpty() ? null : names.get(0));
      laps.getSelectionModel().clearSelection();
      session
          .best()
          .ifPresent(
              b -> {
                reference.getSelectionModel().select(Integer.valueOf(b.lapNumber()));
                laps.getSelectionModel().select(Integer.valueOf(b.lapNumber()));
              });
      // with the best lap, the slowest one: the comparison with the most to learn from
      session.gridLaps().stream()
          .max(java.util.Comparator.comparingDouble(LapAnalysis::lapTimeS))
          .ifPresent(l -> laps.getSelectionModel().select(Integer.valueOf(l.lapNumber())));
      status.setText(
          numbers.isEmpty()
              ? "no valid lap to analyse: " + String.join("; ", session.notes())
              : "");
    } finally {
      updating = false;
    }
    externalRef = null;
    acceptedExternal = null;
    loadCandidates();
    request();
  }

  /**
   * Lets the engineer pick a reference lap of another session (sessions of the same track first); a
   * lap of another track is refused with {@code ReferenceCheck}'s message. FX thread.
   */
  public void setReferenceLaps(ReferenceLaps laps) {
    this.referenceLaps = laps;
    loadCandidates();
  }

  private void loadCandidates() {
    if (referenceLaps == null || analysis == null) {
      return;
    }
    ReferenceLaps port = referenceLaps;
    var session = analysis.session();
    java.util.concurrent.CompletableFuture.supplyAsync(() -> port.candidates(session), background)
        .whenCompleteAsync(
            (list, error) -> {
              if (list != null && analysis != null && analysis.session().id() == session.id()) {
                external.getItems().setAll(list);
              }
            },
            toFx);
  }

  private void chooseExternal(ReferenceLaps.Candidate c) {
    if (updatingExternal || c == null || referenceLaps == null || analysis == null) {
      return;
    }
    Integer first = laps.getSelectionModel().getSelectedItem();
    var lap = analysis.gridLap(first != null ? first : reference.getValue());
    ReferenceLaps port = referenceLaps;
    status.setText("loading " + c.label() + "…");
    java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              LapAnalysis ref = port.load(c);
              String problem =
                  lap.map(
                          l ->
                              dev.pitwall.analytics.coaching.ReferenceCheck.withDefaults()
                                  .problem(l.grid(), ref.grid()))
                      .orElse("");
              if (!problem.isEmpty()) {
                throw new IllegalArgumentException(problem);
              }
              return ref;
            },
            background)
        .whenCompleteAsync((ref, error) -> externalChosen(c, ref, error), toFx);
  }

  private void externalChosen(ReferenceLaps.Candidate c, LapAnalysis ref, Throwable error) {
    if (error != null) {
      Throwable cause = error.getCause() != null ? error.getCause() : error;
      updatingExternal = true; // show the reference still in use again, without reloading it
      try {
        external.getSelectionModel().select(acceptedExternal);
      } finally {
        updatingExternal = false;
      }
      status.setText(c.label() + " refused: " + cause.getMessage());
      return;
    }
    acceptedExternal = c;
    externalRef = new AnalysisRequest.ExternalReference(c.label(), ref);
    request();
  }

  private void toggleTime() {
    charts().forEach(c -> c.setByTime(byTime.isSelected()));
    fromM = 0;
    toM = Double.NaN;
    request();
  }

  /**
   * The x window last asked for (so quick wheel notches compound before their result is shown), in
   * the extent of the result on screen, as a fresh range the gestures may change.
   */
  private XRange currentRange() {
    XRange r = new XRange();
    if (shown == null) {
      r.reset(1);
      return r;
    }
    r.reset(shown.lapLengthM());
    r.show(fromM, Double.isNaN(toM) ? shown.lapLengthM() : toM);
    return r;
  }

  private void applyRange(XRange r) {
    fromM = r.from();
    toM = r.zoomed() ? r.to() : Double.NaN;
    request();
  }

  /** Zooms every trace to a distance range, e.g. a coaching finding's stretch. */
  public void showRange(double fromM, double toM) {
    if (byTime.isSelected()) { // a finding's stretch is in metres
      byTime.setSelected(false);
      charts().forEach(c -> c.setByTime(false));
    }
    this.fromM = Math.max(0, fromM);
    this.toM = toM;
    request();
  }

  /** Selects {@code lap} (and the reference) for the overlays. */
  public void selectLaps(int lap, int referenceLap) {
    updating = true;
    try {
      laps.getSelectionModel().clearSelection();
      laps.getSelectionModel().select(Integer.valueOf(referenceLap));
      laps.getSelectionModel().select(Integer.valueOf(lap));
      reference.getSelectionModel().select(Integer.valueOf(referenceLap));
    } finally {
      updating = false;
    }
    request();
  }

  private void request() {
    if (updating || analysis == null || reference.getValue() == null) {
      return;
    }
    List<Integer> selected = new ArrayList<>(laps.getSelectionModel().getSelectedItems());
    selected.removeIf(java.util.Objects::isNull);
    selected.sort(null);
    if (selected.isEmpty()) {
      selected.add(reference.getValue());
    }
    AnalysisRequest r =
        new AnalysisRequest(
            selected,
            reference.getValue(),
            fromM,
            toM,
            charts.get(0).columns(),
            mapColour.getValue() == null ? AnalysisRequest.DELTA : mapColour.getValue(),
            channel.getValue() == null ? "speed" : channel.getValue(),
            byTime.isSelected(),
            externalRef);
    SessionAnalysis a = analysis;
    status.setText("computing…");
    latest.submit(
        () -> AnalysisComputer.compute(a, r),
        result -> {
          pending = result;
          applyPending();
        },
        error -> status.setText("analysis failed: " + error.getMessage()));
  }

  private void applyPending() {
    AnalysisResult r = pending;
    if (r == null
        || !charts.stream().allMatch(DistanceChart::canUpdate)
        || !deltaChart.canUpdate()) {
      return;
    }
    pending = null;
    shown = r;
    double to = Double.isNaN(r.request().toM()) ? r.lapLengthM() : r.request().toM();
    for (int i = 0; i < charts.size(); i++) {
      charts.get(i).show(r.overlays().get(AnalysisComputer.CHARTS.get(i)), r.request().fromM(), to);
    }
    deltaChart.show(r.deltas(), r.request().fromM(), to);
    String colour = r.request().mapColour();
    Plots.map(
        map,
        r.mapX(),
        r.mapY(),
        r.mapColour(),
        r.mapStepM(),
        r.request().byTime() ? 0 : r.request().fromM(), // the map highlights metres
        r.request().byTime() ? Double.MAX_VALUE : to,
        AnalysisRequest.DELTA.equals(colour)
            ? "map · time lost (red) / gained (green) vs "
                + (r.request().external() != null
                    ? r.request().external().label()
                    : "lap " + r.request().referenceLap())
            : "map · " + colour + " (lap " + r.request().laps().get(0) + ")");
    Plots.histogram(
        histogram,
        r.histogramEdges(),
        r.histogramCounts(),
        "histogram · " + r.request().histogramChannel() + " · selected laps");
    Plots.scatter(scatter, r.scatterLatG(), r.scatterLongG(), "accLat (x) vs accLong (y)");
    stats.show(r.stats(), r.request().histogramChannel());
    legend.setText(legendText(r));
    status.setText(
        String.format(
            Locale.ROOT,
            "%.1f–%.1f %s · theoretical best %s",
            r.request().fromM(),
            to,
            r.request().byTime() ? "s" : "m",
            StatsTable.time(r.theoreticalBestS())));
  }

  private String legendText(AnalysisResult r) {
    StringBuilder sb = new StringBuilder();
    String[] names = {"blue", "orange", "green", "red", "purple", "yellow"};
    for (int i = 0; i < r.request().laps().size() && i < names.length; i++) {
      sb.append(names[i]).append(": ").append(lapText(r.request().laps().get(i))).append('\n');
    }
    if (r.request().external() != null) {
      int k = Math.min(r.request().laps().size(), names.length - 1);
      sb.append(names[k]).append(" (reference): ").append(r.request().external().label());
      sb.append("  ").append(StatsTable.time(r.request().external().lap().lapTimeS()));
    }
    return sb.toString().strip();
  }

  String lapText(Integer lap) {
    if (analysis == null || lap == null) {
      return "";
    }
    return analysis
        .gridLap(lap)
        .map(
            l ->
                String.format(
                    Locale.ROOT,
                    "lap %d  %s%s",
                    l.lapNumber(),
                    StatsTable.time(l.lapTimeS()),
                    analysis
                        .best()
                        .map(b -> b.lapNumber() == l.lapNumber() ? "  best" : "")
                        .orElse("")))
        .orElse("lap " + lap);
  }

  /** The result on screen, for tests. */
  public AnalysisResult shown() {
    return shown;
  }

  public List<DistanceChart> charts() {
    List<DistanceChart> all = new ArrayList<>(charts);
    all.add(deltaChart);
    return all;
  }

  private static String label(String channel) {
    return switch (channel) {
      case "brakePressureFront" -> "brake";
      default -> channel;
    };
  }

  private static String unit(String channel) {
    return switch (channel) {
      case "speed" -> "km/h";
      case "throttle" -> "%";
      case "brakePressureFront" -> "bar";
      default -> "";
    };
  }
}
