package dev.pitwall.app.live;

import dev.pitwall.core.session.Lap;
import dev.pitwall.core.telemetry.SampleBlock;
import dev.pitwall.core.telemetry.SampleBlockBuilder;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The own car's samples of the lap in progress, per watched channel, so that a completed lap's
 * telemetry can be cut out without keeping the session. Bounded: blocks older than {@link
 * #KEEP_NANOS} before the newest are dropped (a lap longer than that is cut short, and its coverage
 * check then rejects it), and {@link #cut} drops everything before the lap's end. Confined to the
 * feed's lap-timer thread.
 */
final class LapSampleWindow {
  /** Ten minutes of session time: longer than any lap, a bound on memory (about 60k samples). */
  static final long KEEP_NANOS = 600_000_000_000L;

  private final Set<String> names;
  private final Map<String, Deque<SampleBlock>> blocks = new HashMap<>();

  LapSampleWindow(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  /** Keeps {@code block} if it is a watched channel of car 0. */
  void accept(SampleBlock block) {
    if (block.isEmpty() || block.channel().car() != 0 || !names.contains(block.channel().name())) {
      return;
    }
    Deque<SampleBlock> queue =
        blocks.computeIfAbsent(block.channel().name(), n -> new ArrayDeque<>());
    queue.addLast(block);
    long oldest = block.lastTimeNanos() - KEEP_NANOS;
    while (queue.size() > 1 && queue.peekFirst().lastTimeNanos() < oldest) {
      queue.removeFirst();
    }
  }

  /** Blocks of {@code lap} ([start, end], nanoseconds) per channel; forgets what came before. */
  Map<String, SampleBlock> cut(Lap lap) {
    Map<String, SampleBlock> out = new HashMap<>();
    blocks.forEach(
        (name, queue) -> {
          SampleBlockBuilder b = null;
          for (SampleBlock block : queue) {
            for (int i = 0; i < block.size(); i++) {
              long t = block.timeNanos(i);
              if (t >= lap.startNanos() && t <= lap.endNanos()) {
                if (b == null) {
                  b = new SampleBlockBuilder(block.channel(), 8192);
                }
                b.add(t, block.value(i));
              }
            }
          }
          if (b != null) {
            out.put(name, b.build());
          }
          while (!queue.isEmpty() && queue.peekFirst().lastTimeNanos() < lap.endNanos()) {
            queue.removeFirst();
          }
        });
    return out;
  }

  /** Latest value of a channel, or NaN. */
  double latest(String name) {
    Deque<SampleBlock> queue = blocks.get(name);
    if (queue == null || queue.isEmpty()) {
      return Double.NaN;
    }
    SampleBlock last = queue.peekLast();
    return last.value(last.size() - 1);
  }

  void clear() {
    blocks.clear();
  }
}
