package dev.pitwall.storage.h2;

import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The samples each channel got since the last commit, collected for the {@link TailLog}. Writer
 * thread only.
 */
final class CommitDeltas {
  private final Map<Long, Delta> byChannel = new LinkedHashMap<>();

  /**
   * Adds {@code block}; {@code countBefore} is how many samples the channel had before it (counted
   * from the session start, as the chunker counts).
   */
  void add(long channelId, long countBefore, SampleBlock block) {
    byChannel.computeIfAbsent(channelId, id -> new Delta(countBefore)).add(block);
  }

  /** The pieces collected since the last call, one per channel, and starts afresh. */
  List<TailPiece> take() {
    List<TailPiece> out = new ArrayList<>(byChannel.size());
    for (Map.Entry<Long, Delta> e : byChannel.entrySet()) {
      Delta d = e.getValue();
      out.add(
          new TailPiece(
              e.getKey(),
              d.firstIndex,
              Arrays.copyOf(d.times, d.size),
              Arrays.copyOf(d.values, d.size)));
    }
    byChannel.clear();
    return out;
  }

  private static final class Delta {
    final long firstIndex;
    long[] times = new long[32];
    double[] values = new double[32];
    int size;

    Delta(long firstIndex) {
      this.firstIndex = firstIndex;
    }

    void add(SampleBlock block) {
      int n = block.size();
      if (size + n > times.length) {
        int grown = Math.max(size + n, times.length * 2);
        times = Arrays.copyOf(times, grown);
        values = Arrays.copyOf(values, grown);
      }
      block.copyTimes(times, size);
      block.copyValues(values, size);
      size += n;
    }
  }
}
