package dev.pitwall.app.ui.strategy;

import dev.pitwall.analytics.strategy.RaceSoFar;
import dev.pitwall.analytics.strategy.StrategyEngine;
import dev.pitwall.analytics.strategy.StrategyReport;
import dev.pitwall.analytics.strategy.WhatIf;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Strategy screen for our car: radio call, what-if controls, pit window on a lap timeline, ranked
 * plans and the race-time distribution of the best three. {@link #lapCompleted} (any thread) queues
 * a run on the background executor; newer laps or what-if changes supersede older runs ("latest
 * request wins") and only the FX thread touches the nodes.
 */
public final class StrategyScreen {
  private final String driver;
  private volatile StrategyEngine engine; // null when fed by submit only
  private final LatestRequestRunner<Request, StrategyReport> runner;
  private final WhatIfControls whatIf;
  private final StrategyTable table = new StrategyTable();
  private final RaceTimeChart chart = new RaceTimeChart();
  private final PitWindowTimeline timeline = new PitWindowTimeline();
  private final Label radio = new Label("Not enough data yet: waiting for the first laps");
  private final Label status = new Label();
  private final BorderPane root = new BorderPane();
  private final TyrePanel tyre = new TyrePanel();
  private final AtomicLong seed = new AtomicLong(1);
  private volatile Evaluation last;
  private StrategyReport shown;
  private Consumer<StrategyReport> onShown = r -> {};

  /**
   * One strategy run for the race as it stands, with the given what-ifs; blocks (runs on the
   * background executor).
   */
  @FunctionalInterface
  public interface Evaluation {
    StrategyReport evaluate(WhatIf whatIf, long seed);
  }

  private record Request(Evaluation job, WhatIf whatIf) {}

  /**
   * @param driver our driver's initials in the engine's race file
   * @param background runs the strategy engine (never the FX thread)
   */
  public StrategyScreen(StrategyEngine engine, String driver, Executor background) {
    this(driver, engine.dryCompoundsSoftToHard(driver), background);
    this.engine = engine;
  }

  /**
   * A screen fed with {@link #submit} (the live session's strategy, whose race model changes every
   * lap).
   *
   * @param compoundsSoftToHard what-if compound choices, softest first
   */
  public StrategyScreen(
      String driver, java.util.List<String> compoundsSoftToHard, Executor background) {
    this.driver = driver;
    this.runner =
        new LatestRequestRunner<>(
            background,
            q -> q.job().evaluate(q.whatIf(), seed.get()),
            r -> Platform.runLater(() -> display(r)));
    this.whatIf = new WhatIfControls(compoundsSoftToHard, this::rerun);
    layout();
  }

  private void layout() {
    radio.setId("strategy-radio");
    radio.getStyleClass().add("strategy-radio");
    radio.setWrapText(true);
    radio.setMaxWidth(Double.MAX_VALUE);
    status.setId("strategy-status");
    status.getStyleClass().add("strategy-status");
    Label radioCaption = new Label("RADIO");
    radioCaption.getStyleClass().add("strategy-caption");
    VBox call = new VBox(2, radioCaption, radio, status);
    call.getStyleClass().add("strategy-call");
    call.setPadding(new Insets(10, 14, 10, 14));
    VBox top =
        new VBox(
            call,
            whatIf.node(),
            panel("PIT WINDOW", timeline.node()),
            panel("TYRE MODEL · NEXT LAP", tyre.node()));
    Node chartPanel = panel("RACE-TIME DISTRIBUTION · TOP 3", chart.node());
    Node tablePanel = panel("RANKED STRATEGIES", table.node());
    HBox centre = new HBox(8, tablePanel, chartPanel);
    HBox.setHgrow(tablePanel, Priority.ALWAYS);
    ((VBox) chartPanel).setPrefWidth(520);
    ((VBox) chartPanel).setMinWidth(420);
    centre.setPadding(new Insets(8));
    root.setTop(top);
    root.setCenter(centre);
    root.getStyleClass().add("strategy-screen");
    root.getStylesheets()
        .add(Objects.requireNonNull(getClass().getResource("strategy.css")).toExternalForm());
  }

  private static VBox panel(String title, Node content) {
    Label caption = new Label(title);
    caption.getStyleClass().add("strategy-caption");
    VBox box = new VBox(4, caption, content);
    VBox.setVgrow(content, Priority.ALWAYS);
    box.getStyleClass().add("panel");
    box.setPadding(new Insets(6, 8, 8, 8));
    VBox.setMargin(box, new Insets(0, 8, 0, 8));
    return box;
  }

  public Node node() {
    return root;
  }

  /** The tyre model's call on screen now. FX thread. */
  public TyreModelView tyreShown() {
    return tyre.shown();
  }

  /** Shows the tyre model's latest call. Any thread. */
  public void showTyre(TyreModelView view) {
    if (Platform.isFxApplicationThread()) {
      tyre.show(view);
    } else {
      Platform.runLater(() -> tyre.show(view));
    }
  }

  /** Our car completed a lap: recompute with the current what-ifs. Any thread. */
  public void lapCompleted(RaceSoFar race) {
    if (!race.ourDriver().equals(driver)) {
      throw new IllegalArgumentException("screen is for " + driver + ", not " + race.ourDriver());
    }
    StrategyEngine e = engine;
    if (e == null) {
      throw new IllegalStateException("this screen is fed by submit(), not by a race file");
    }
    submit((w, seedValue) -> e.evaluate(race, w, seedValue));
  }

  /**
   * The race changed (a lap, a safety car, a rival's stop): recompute with the current what-ifs.
   * Newer jobs supersede older ones. Any thread.
   */
  public void submit(Evaluation job) {
    last = job;
    runner.submit(new Request(job, currentWhatIf()));
  }

  private WhatIf currentWhatIf() {
    return Platform.isFxApplicationThread() ? whatIf.current() : lastWhatIf;
  }

  private volatile WhatIf lastWhatIf = WhatIf.none();

  private void rerun() {
    lastWhatIf = whatIf.current();
    Evaluation job = last;
    if (job != null) {
      runner.submit(new Request(job, lastWhatIf));
    }
  }

  private void display(StrategyReport r) {
    shown = r;
    radio.setText(r.radio());
    radio.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("waiting"), !r.ready());
    table.show(r.ranked());
    chart.show(r.ranked());
    timeline.show(r.lapsCompleted(), r.totalLaps(), r.ranked(), lastWhatIf.safetyCarNow());
    status.setText(statusText(r));
    onShown.accept(r);
  }

  private static String statusText(StrategyReport r) {
    if (!r.ready()) {
      return String.format(
          Locale.ROOT, "lap %d/%d · %s", r.lapsCompleted(), r.totalLaps(), r.reason());
    }
    String deg =
        Double.isFinite(r.degSPerLap())
            ? String.format(Locale.ROOT, "live tyre fit %.3f s/lap", r.degSPerLap())
            : "race-file tyre model (fit needs more clean laps)";
    int races = r.ranked().stream().mapToInt(o -> o.races()).sum();
    return String.format(
        Locale.ROOT,
        "lap %d/%d · %s · %d plans screened · %d Monte Carlo races · %d ms",
        r.lapsCompleted(),
        r.totalLaps(),
        deg,
        r.candidatesScreened(),
        races,
        r.computeMillis());
  }

  /** The report on screen (null before the first). FX thread. */
  public StrategyReport shown() {
    return shown;
  }

  /** Called on the FX thread after each displayed report (tests, status bar). */
  public void setOnShown(Consumer<StrategyReport> listener) {
    onShown = Objects.requireNonNull(listener);
  }

  StrategyTable table() {
    return table;
  }

  WhatIfControls whatIf() {
    return whatIf;
  }

  long superseded() {
    return runner.superseded();
  }
}
