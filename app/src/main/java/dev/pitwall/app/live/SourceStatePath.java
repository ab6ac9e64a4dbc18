package dev.pitwall.app.live;

import dev.pitwall.core.source.SourceState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Shortest chain of legal lifecycle steps from one state to another, so a combined lifecycle can
 * follow its members' states without ever making an illegal transition (DISCONNECTED → STREAMING
 * goes through CONNECTING).
 */
final class SourceStatePath {
  private SourceStatePath() {}

  /**
   * @return the states to move to in order (excluding {@code from}); empty when already there or
   *     when {@code to} cannot be reached (from STOPPED)
   */
  static List<SourceState> between(SourceState from, SourceState to) {
    Map<SourceState, SourceState> previous = new EnumMap<>(SourceState.class);
    ArrayDeque<SourceState> queue = new ArrayDeque<>(List.of(from));
    previous.put(from, from);
    while (!queue.isEmpty() && !previous.containsKey(to)) {
      SourceState s = queue.poll();
      for (SourceState n : s.next()) {
        if (previous.putIfAbsent(n, s) == null) {
          queue.add(n);
        }
      }
    }
    if (from == to || !previous.containsKey(to)) {
      return List.of();
    }
    List<SourceState> path = new ArrayList<>();
    for (SourceState s = to; s != from; s = previous.get(s)) {
      path.add(s);
    }
    Collections.reverse(path);
    return path;
  }
}
