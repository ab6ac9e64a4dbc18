package dev.pitwall.app.report;

import dev.pitwall.analytics.coaching.LapAnalysis;
import dev.pitwall.app.ui.analysis.ReferenceLaps;
import dev.pitwall.core.session.Lap;
import dev.pitwall.core.session.SessionStore;
import dev.pitwall.core.session.SessionSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reference laps of the other sessions in a store: the valid stored laps of each (same track as the
 * current session first), analysed on demand with {@link SessionAnalyser} (each session once).
 *
 * <p>Thread-safe; both methods read the store and may analyse a whole session: background only.
 */
public final class StoredReferenceLaps implements ReferenceLaps {
  private final SessionStore store;
  private final SessionAnalyser analyser;
  private final Map<Long, SessionAnalysis> analysed = new ConcurrentHashMap<>();

  public StoredReferenceLaps(SessionStore store, SessionAnalyser analyser) {
    this.store = store;
    this.analyser = analyser;
  }

  @Override
  public List<Candidate> candidates(SessionSummary current) {
    String track = current.info().track();
    List<Candidate> out = new ArrayList<>();
    for (SessionSummary s : store.sessions()) {
      if (s.id() == current.id()) {
        continue;
      }
      boolean same = s.info().track().equalsIgnoreCase(track);
      for (Lap lap : store.laps(s.id())) {
        if (lap.car() == 0 && lap.valid()) {
          out.add(new Candidate(s.id(), lap.number(), lap.lapTimeS(), s.info().track(), same));
        }
      }
    }
    out.sort(
        Comparator.comparing((Candidate c) -> !c.sameTrack())
            .thenComparing(Candidate::sessionId)
            .thenComparing(Candidate::lap));
    return out;
  }

  @Override
  public LapAnalysis load(Candidate c) {
    SessionAnalysis a = analysed.computeIfAbsent(c.sessionId(), id -> analyser.analyse(store, id));
    return a.gridLap(c.lap())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    c.label() + " is not on the distance grid (not a valid timed lap there)"));
  }
}
