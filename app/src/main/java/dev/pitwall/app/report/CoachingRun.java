package dev.pitwall.app.report;

import dev.pitwall.analytics.coaching.CoachingReport;
import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.analytics.coaching.LapCoach;
import dev.pitwall.analytics.coaching.ReferenceCheck;
import java.util.Optional;

/**
 * Picks the lap and the reference of a coaching request and compares them: by default the session's
 * latest valid lap against its best, or any lap, or a lap of another session.
 *
 * <p>Pure computation on analysed sessions; thread-safe.
 */
public final class CoachingRun {
  private CoachingRun() {}

  /**
   * @param lapNumber the lap to coach, or null for the session's latest lap on the grid
   * @param reference the session holding the reference lap (may be {@code analysis} itself)
   * @param referenceLap lap number in {@code reference}, or null for its best lap
   * @throws IllegalArgumentException with a plain-words reason when a lap is missing
   */
  public static CoachingReport coach(
      SessionAnalysis analysis,
      Integer lapNumber,
      SessionAnalysis reference,
      Integer referenceLap) {
    if (analysis.gridLaps().isEmpty()) {
      throw new IllegalArgumentException(
          "session "
              + analysis.session().id()
              + " has no valid lap to coach: "
              + String.join("; ", analysis.notes()));
    }
    LapAnalysis ref =
        referenceLap == null
            ? reference.best().orElseThrow(() -> noLaps(reference))
            : find(reference, referenceLap);
    boolean sameSession = reference.session().id() == analysis.session().id();
    LapAnalysis lap =
        lapNumber == null
            ? latestOtherThan(analysis, sameSession ? ref : null)
            : find(analysis, lapNumber);
    String label =
        sameSession
            ? (referenceLap == null ? "your best lap" : "lap " + ref.lapNumber())
            : "lap " + ref.lapNumber() + " of session " + reference.session().id();
    try {
      return new LapCoach(ReferenceCheck.withDefaults())
          .compare(lap, ref, label, analysis.coaching().baseline());
    } catch (IllegalArgumentException e) {
      return new CoachingReport(
          lap.lapNumber(),
          ref.lapNumber(),
          lap.lapTimeS(),
          ref.lapTimeS(),
          "the reference lap cannot be lined up with this lap: " + e.getMessage(),
          java.util.List.of(),
          java.util.List.of());
    }
  }

  /**
   * The latest lap on the grid, skipping the reference itself: coaching the best lap against itself
   * says nothing, so by default the newest other lap is compared.
   */
  private static LapAnalysis latestOtherThan(SessionAnalysis analysis, LapAnalysis reference) {
    var laps = analysis.gridLaps();
    for (int i = laps.size() - 1; i >= 0; i--) {
      if (reference == null || laps.get(i).lapNumber() != reference.lapNumber()) {
        return laps.get(i);
      }
    }
    return laps.get(laps.size() - 1);
  }

  private static LapAnalysis find(SessionAnalysis analysis, int number) {
    Optional<LapAnalysis> lap = analysis.gridLap(number);
    if (lap.isPresent()) {
      return lap.get();
    }
    String why =
        analysis.laps().stream()
            .filter(l -> l.number() == number)
            .findFirst()
            .map(
                l ->
                    l.valid()
                        ? "it could not be put on the distance grid (see the notes)"
                        : "it is not a valid lap: " + String.join("; ", l.invalidReasons()))
            .orElse("there is no such lap");
    throw new IllegalArgumentException(
        "lap " + number + " of session " + analysis.session().id() + ": " + why);
  }

  private static IllegalArgumentException noLaps(SessionAnalysis a) {
    return new IllegalArgumentException(
        "session " + a.session().id() + " has no valid lap to use as the reference");
  }
}
