package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs pit-entry and pit-exit line crossings into {@link PitVisit}s. A car whose first pit-exit
 * comes before any entry started in the pit lane; an entry without a later exit lasts to the end of
 * the recording. Both are marked incomplete. Thread-safe.
 */
public final class PitLaneFinder {

  public List<PitVisit> visits(
      Crossings entries, Crossings exits, long sessionStartNanos, long sessionEndNanos) {
    List<PitVisit> out = new ArrayList<>();
    List<LineCrossing> in = entries.crossings();
    List<LineCrossing> outs = exits.crossings();
    int e = 0;
    int x = 0;
    if (!outs.isEmpty() && (in.isEmpty() || outs.get(0).timeNanos() < in.get(0).timeNanos())) {
      out.add(new PitVisit(sessionStartNanos, outs.get(0).timeNanos(), false));
      x = 1;
    }
    while (e < in.size()) {
      long entry = in.get(e++).timeNanos();
      while (x < outs.size() && outs.get(x).timeNanos() < entry) {
        x++;
      }
      if (x < outs.size()) {
        out.add(new PitVisit(entry, outs.get(x++).timeNanos(), true));
        while (e < in.size() && in.get(e).timeNanos() < out.get(out.size() - 1).exitNanos()) {
          e++;
        }
      } else {
        out.add(new PitVisit(entry, sessionEndNanos, false));
        break;
      }
    }
    return out;
  }
}
