package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects {@link TraceIssue}s: every one is counted, the first {@value #KEPT_PER_KIND} of each
 * kind are kept with their message so that a bad file cannot flood memory. Not thread-safe.
 */
public final class TraceIssues {
  static final int KEPT_PER_KIND = 50;

  private final Map<TraceIssue.Kind, Integer> counts = new EnumMap<>(TraceIssue.Kind.class);
  private final List<TraceIssue> kept = new ArrayList<>();

  void add(TraceIssue.Kind kind, int index, long timeNanos, String message) {
    int count = counts.merge(kind, 1, Integer::sum);
    if (count <= KEPT_PER_KIND) {
      kept.add(new TraceIssue(kind, index, timeNanos, message));
    }
  }

  void addAll(TraceIssues other) {
    other.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
    kept.addAll(other.kept);
  }

  /** How many issues of this kind were found (including those not kept). */
  public int count(TraceIssue.Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The kept issues in the order found. */
  public List<TraceIssue> list() {
    return List.copyOf(kept);
  }

  /** Kept issues of the given kinds between two session times (inclusive). */
  public List<TraceIssue> between(long fromNanos, long toNanos, TraceIssue.Kind... kinds) {
    List<TraceIssue> out = new ArrayList<>();
    for (TraceIssue issue : kept) {
      if (issue.timeNanos() >= fromNanos && issue.timeNanos() <= toNanos && matches(issue, kinds)) {
        out.add(issue);
      }
    }
    return out;
  }

  private static boolean matches(TraceIssue issue, TraceIssue.Kind[] kinds) {
    for (TraceIssue.Kind kind : kinds) {
      if (issue.kind() == kind) {
        return true;
      }
    }
    return false;
  }
}
