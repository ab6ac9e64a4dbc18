package dev.pitwall.app.ui.coaching;

import dev.pitwall.analytics.coaching.Anomaly;
import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.coaching.MetricStats;
import dev.pitwall.app.report.SessionAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Coaching: one lap's findings against the session's best lap, ranked by time lost, each clickable
 * to move the analysis traces to its stretch; lap-time consistency; anomalies against the driver's
 * session baseline; notes on what was skipped.
 *
 * <p>Thread contract: FX thread. The reports come precomputed in the {@link SessionAnalysis} (built
 * on the background executor); this screen only picks and shows them.
 */
public final class CoachingScreen {
  /** Where a finding's click goes: lap number and the finding. */
  public interface FindingTarget extends BiConsumer<CoachingReport, Finding> {}

  private final BorderPane root = new BorderPane();
  private final ComboBox<Integer> lap = new ComboBox<>();
  private final Label summary = new Label("no session loaded");
  private final Label consistency = new Label();
  private final ListView<Finding> findings = new ListView<>();
  private final ListView<String> anomalies = new ListView<>();
  private final ListView<String> notes = new ListView<>();
  private final FindingTarget target;
  private SessionAnalysis analysis;
  private CoachingReport report;

  public CoachingScreen(FindingTarget target) {
    this.target = target;
    root.setId("coaching-screen");
    root.getStyleClass().add("coaching-screen");
    root.getStylesheets().add(dev.pitwall.app.ui.analysis.AnalysisScreen.STYLESHEET);
    lap.setId("coaching-lap");
    lap.setOnAction(e -> showLap(lap.getValue()));
    findings.setId("coaching-findings");
    findings.setCellFactory(v -> new FindingCell());
    findings.setOnMouseClicked(e -> openSelected());
    findings.setOnKeyPressed(
        e -> {
          if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
            openSelected();
          }
        });
    anomalies.setId("coaching-anomalies");
    notes.setId("coaching-notes");
    summary.getStyleClass().add("coaching-summary");
    consistency.getStyleClass().add("coaching-consistency");
    HBox header = new HBox(16, new Label("Lap"), lap, summary);
    header.setPadding(new Insets(8));
    header.getStyleClass().add("coaching-header");
    VBox centre =
        new VBox(6, heading("Findings — ranked by time lost (click to see the traces)"), findings);
    VBox.setVgrow(findings, Priority.ALWAYS);
    centre.setPadding(new Insets(0, 8, 8, 8));
    VBox side =
        new VBox(
            6,
            heading("Consistency"),
            consistency,
            heading("Anomalies (|z| > 2 against the session)"),
            anomalies,
            heading("Notes"),
            notes);
    VBox.setVgrow(anomalies, Priority.ALWAYS);
    side.setPrefWidth(430);
    notes.setPlaceholder(new Label("nothing skipped"));
    notes.setPrefHeight(160);
    side.setPadding(new Insets(0, 8, 8, 0));
    root.setTop(header);
    root.setCenter(centre);
    root.setRight(side);
  }

  private static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("analysis-heading");
    return l;
  }

  public Node node() {
    return root;
  }

  public void setSession(SessionAnalysis session) {
    analysis = session;
    List<Integer> numbers = session.gridLaps().stream().map(LapAnalysis::lapNumber).toList();
    lap.getItems().setAll(numbers);
    MetricStats c = session.coaching().consistency();
    consistency.setText(
        c.n() < 2
            ? "needs 2 or more valid laps"
            : String.format(
                Locale.ROOT,
                "lap-time CV %.2f %% over %d laps (mean %.3f s, σ %.3f s)",
                100 * c.coefficientOfVariation(),
                c.n(),
                c.mean(),
                c.standardDeviation()));
    notes.getItems().setAll(session.notes());
    if (numbers.isEmpty()) {
      summary.setText("no valid lap to coach");
      findings.getItems().clear();
      return;
    }
    // default: the worst lap against the best is the most instructive; fall back to the latest
    int worst =
        session.coaching().reports().stream()
            .filter(CoachingReport::comparable)
            .max(java.util.Comparator.comparingDouble(r -> r.lapTimeS() - r.referenceLapTimeS()))
            .map(CoachingReport::lapNumber)
            .orElse(numbers.get(numbers.size() - 1));
    lap.getSelectionModel().select(Integer.valueOf(worst));
    showLap(worst);
  }

  private void showLap(Integer number) {
    if (analysis == null || number == null) {
      return;
    }
    report =
        analysis.coaching().reports().stream()
            .filter(r -> r.lapNumber() == number)
            .findFirst()
            .orElse(null);
    if (report == null) {
      return;
    }
    summary.setText(
        String.format(
            Locale.ROOT,
            "lap %d  %.3f s  against lap %d (best)  %.3f s:  %+.3f s%s",
            report.lapNumber(),
            report.lapTimeS(),
            report.referenceLapNumber(),
            report.referenceLapTimeS(),
            report.lapTimeS() - report.referenceLapTimeS(),
            report.comparable() ? "" : "  ·  " + report.referenceProblem()));
    findings.getItems().setAll(report.findings());
    anomalies.getItems().setAll(report.anomalies().stream().map(Anomaly::text).toList());
    if (report.anomalies().isEmpty()) {
      anomalies.setPlaceholder(new Label("none on this lap"));
    }
  }

  private void openSelected() {
    Finding f = findings.getSelectionModel().getSelectedItem();
    if (f != null && report != null) {
      target.accept(report, f);
    }
  }

  public ListView<Finding> findings() {
    return findings;
  }

  public CoachingReport report() {
    return report;
  }

  /** A finding: rank, where, time lost, the sentence. */
  private static final class FindingCell extends ListCell<Finding> {
    @Override
    protected void updateItem(Finding f, boolean empty) {
      super.updateItem(f, empty);
      if (empty || f == null) {
        setText(null);
        getStyleClass().remove("finding-loss");
        return;
      }
      setText(
          String.format(
              Locale.ROOT,
              "%2d.  %+.3f s   %5.0f–%-5.0f m   %s",
              getIndex() + 1,
              f.timeLostS(),
              f.fromM(),
              f.toM(),
              f.text()));
      if (f.timeLostS() > 0.05 && !getStyleClass().contains("finding-loss")) {
        getStyleClass().add("finding-loss");
      }
    }
  }
}
