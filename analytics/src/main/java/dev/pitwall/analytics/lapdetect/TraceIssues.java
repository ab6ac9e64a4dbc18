package dev.pitwall.analytics.lapdetect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects {@link TraceIssue}s: every one is counted, the first {@value #KEPT_PER_KIND} of each
 * kind are kept with their message so that a bad file cannot flood memory. The time and kind of
 * every issue are kept compactly as well, so that lap validity never depends on the message cap: a
 * lap with the 500th dropout of a session is still flagged. Not thread-safe.
 */
public final class TraceIssues {
  static final int KEPT_PER_KIND = 50;

  private final Map<TraceIssue.Kind, Integer> counts = new EnumMap<>(TraceIssue.Kind.class);
  private final List<TraceIssue> kept = new ArrayList<>();
  private long[] times = new long[16];
  private int[] indices = new int[16];
  private byte[] kinds = new byte[16];
  private int[] keptAt = new int[16];
  private int size;

  void add(TraceIssue.Kind kind, int index, long timeNanos, String message) {
    int count = counts.merge(kind, 1, Integer::sum);
    int keptPosition = -1;
    if (count <= KEPT_PER_KIND) {
      keptPosition = kept.size();
      kept.add(new TraceIssue(kind, index, timeNanos, message));
    }
    append(kind, index, timeNanos, keptPosition);
  }

  private void append(TraceIssue.Kind kind, int index, long timeNanos, int keptPosition) {
    if (size == times.length) {
      times = Arrays.copyOf(times, size * 2);
      indices = Arrays.copyOf(indices, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
      keptAt = Arrays.copyOf(keptAt, size * 2);
    }
    times[size] = timeNanos;
    indices[size] = index;
    kinds[size] = (byte) kind.ordinal();
    keptAt[size++] = keptPosition;
  }

  void addAll(TraceIssues other) {
    other.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
    int offset = kept.size();
    kept.addAll(other.kept);
    for (int i = 0; i < other.size; i++) {
      int k = other.keptAt[i];
      append(
          TraceIssue.Kind.values()[other.kinds[i]],
          other.indices[i],
          other.times[i],
          k < 0 ? -1 : k + offset);
    }
  }

  /** How many issues of this kind were found (including those whose message was not kept). */
  public int count(TraceIssue.Kind kind) {
    return counts.getOrDefault(kind, 0);
  }

  public int total() {
    return size;
  }

  /** The issues kept with their message, in the order found. */
  public List<TraceIssue> list() {
    return List.copyOf(kept);
  }

  /**
   * Every issue of the given kinds between two session times (inclusive), in the order found; those
   * beyond the message cap carry a short generic message.
   */
  public List<TraceIssue> between(long fromNanos, long toNanos, TraceIssue.Kind... kinds) {
    List<TraceIssue> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      TraceIssue.Kind kind = TraceIssue.Kind.values()[this.kinds[i]];
      if (times[i] >= fromNanos && times[i] <= toNanos && Arrays.asList(kinds).contains(kind)) {
        out.add(
            keptAt[i] >= 0
                ? kept.get(keptAt[i])
                : new TraceIssue(
                    kind,
                    indices[i],
                    times[i],
                    String.format(
                        "sample %d at %.3f s (details of issues beyond the first %d not kept)",
                        indices[i], times[i] / 1e9, KEPT_PER_KIND)));
      }
    }
    return out;
  }
}
