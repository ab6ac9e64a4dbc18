package dev.pitwall.app.replay;

import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.Finding;
import dev.pitwall.app.live.LiveStrategy;
import dev.pitwall.app.report.SessionAnalyser;
import dev.pitwall.app.report.SessionAnalysis;
import dev.pitwall.app.report.StoredReferenceLaps;
import dev.pitwall.app.ui.MainWindow;
import dev.pitwall.app.ui.analysis.AnalysisScreen;
import dev.pitwall.app.ui.annotation.AnnotationList;
import dev.pitwall.app.ui.coaching.CoachingScreen;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.annotation.SessionAnnotations;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The replay window's parts wired together: the main window (live screen over the {@link
 * ReplayFeed}), the replay bar, the Lap analysis and Coaching screens, and the background analysis
 * of the session that feeds them.
 *
 * <p>Thread contract: construct and call on the FX thread; the session analysis runs on {@code
 * background}.
 */
public final class ReplayDesk {
  private final ReplayFeed feed;
  private final MainWindow window;
  private final ReplayControls controls;
  private final AnalysisScreen analysis;
  private final CoachingScreen coaching;
  private final CompletableFuture<SessionAnalysis> analysed;
  private final LiveStrategy strategy;

  /**
   * @param toFx delivers background results to the FX thread ({@code Platform::runLater})
   */
  public ReplayDesk(
      ReplayFeed feed,
      SessionStore store,
      long sessionId,
      Path snapshotDir,
      Executor background,
      Executor toFx) {
    this.feed = feed;
    this.window = new MainWindow(feed, snapshotDir, background);
    this.controls = new ReplayControls(feed.source(), this::seek);
    this.analysis = new AnalysisScreen(background, toFx);
    this.coaching = new CoachingScreen(this::openFinding);
    window.setLiveScreenName("REPLAY"); // the screen shows the replayed session, not live data
    window.addControls(controls.node());
    if (store instanceof SessionAnnotations notes) {
      AnnotationList events = new AnnotationList(this::seek);
      window.addControls(events.node());
      CompletableFuture.supplyAsync(() -> notes.annotations(sessionId), background)
          .thenAcceptAsync(
              list -> {
                events.show(list);
                controls.showAnnotations(list);
              },
              toFx);
    }
    window.addScreen("Lap analysis", analysis.node());
    window.addScreen("Coaching", coaching.node());
    this.strategy = LiveStrategy.attach(feed);
    window.attachStrategy(strategy.screen().node());
    analysis.setReferenceLaps(new StoredReferenceLaps(store, SessionAnalyser.withDefaults()));
    this.analysed =
        CompletableFuture.supplyAsync(
            () -> SessionAnalyser.withDefaults().analyse(store, sessionId), background);
    analysed.whenCompleteAsync(
        (a, error) -> {
          if (a != null) {
            analysis.setSession(a);
            coaching.setSession(a);
          }
        },
        toFx);
  }

  /** Seeks the replay with the live screen re-subscribed, so its traces restart clean. */
  public void seek(long sessionNanos) {
    feed.seek(
        sessionNanos,
        () -> {
          window.live().stop();
          window.live().start(window.scene());
        });
  }

  private void openFinding(CoachingReport report, Finding finding) {
    analysis.selectLaps(report.lapNumber(), report.referenceLapNumber());
    analysis.showRange(finding.fromM(), finding.toM());
    window.showScreen("Lap analysis");
  }

  public void start() {
    window.start();
    controls.start();
    analysis.start();
  }

  public void stop() {
    controls.stop();
    analysis.stop();
    window.stop();
    strategy.close();
  }

  /** The Strategy screen's engine over the replayed laps (restarts at a seek). */
  public LiveStrategy strategy() {
    return strategy;
  }

  public MainWindow window() {
    return window;
  }

  public ReplayControls controls() {
    return controls;
  }

  public AnalysisScreen analysis() {
    return analysis;
  }

  public CoachingScreen coaching() {
    return coaching;
  }

  /** Completes when the session analysis behind the analysis and coaching screens is done. */
  public CompletableFuture<SessionAnalysis> analysed() {
    return analysed;
  }
}
