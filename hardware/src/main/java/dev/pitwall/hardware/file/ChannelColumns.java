package dev.pitwall.hardware.file;

import dev.pitwall.core.telemetry.Channel;
import dev.pitwall.core.telemetry.SampleBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects samples per channel in file order and hands them out time-sorted (long-format files such
 * as the GR Cup one are not in time order). Times are absolute until {@link #blocks(long)} shifts
 * them by the session origin. Not thread-safe.
 */
final class ChannelColumns {
  private final Map<Channel, Column> columns = new LinkedHashMap<>();

  private static final class Column {
    long[] times = new long[1024];
    double[] values = new double[1024];
    int size;
    boolean sorted = true;

    void add(long t, double v) {
      if (size == times.length) {
        times = Arrays.copyOf(times, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      if (size > 0 && t < times[size - 1]) {
        sorted = false;
      }
      times[size] = t;
      values[size] = v;
      size++;
    }
  }

  void add(Channel channel, long timeNanos, double value) {
    columns.computeIfAbsent(channel, c -> new Column()).add(timeNanos, value);
  }

  boolean isEmpty() {
    return columns.isEmpty();
  }

  /** Earliest time over all channels; Long.MAX_VALUE when empty. */
  long earliest() {
    long min = Long.MAX_VALUE;
    for (Column c : columns.values()) {
      for (int i = 0; i < c.size; i++) {
        min = Math.min(min, c.times[i]);
      }
    }
    return min;
  }

  /** One block per channel, stably sorted by time, with {@code origin} subtracted. */
  List<SampleBlock> blocks(long origin) {
    List<SampleBlock> out = new ArrayList<>();
    for (Map.Entry<Channel, Column> e : columns.entrySet()) {
      Column c = e.getValue();
      int n = c.size;
      long[] t = new long[n];
      double[] v = new double[n];
      if (c.sorted) {
        for (int i = 0; i < n; i++) {
          t[i] = c.times[i] - origin;
        }
        System.arraycopy(c.values, 0, v, 0, n);
      } else {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(c.times[a], c.times[b]));
        for (int i = 0; i < n; i++) {
          t[i] = c.times[order[i]] - origin;
          v[i] = c.values[order[i]];
        }
      }
      out.add(new SampleBlock(e.getKey(), t, v, n));
    }
    return out;
  }
}
