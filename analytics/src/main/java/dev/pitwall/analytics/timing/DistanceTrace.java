package dev.pitwall.analytics.timing;

import java.util.Arrays;

/**
 * Elapsed lap time as a function of lap distance, for the live delta to the best lap.
 *
 * <p>Distances are kept strictly increasing (a sample that does not advance is skipped), so a
 * lookup is a binary search plus linear interpolation. Not thread-safe while being appended to;
 * once a lap is finished its trace is only read, and it is published through {@link LapBoard} after
 * the last append (safe publication via the board's volatile reference).
 */
final class DistanceTrace {
  private double[] distanceM = new double[1024];
  private long[] elapsedNanos = new long[1024];
  private int size;

  /**
   * Appends a point when it advances beyond the last one; earlier or equal distances are ignored.
   */
  void add(double atDistanceM, long elapsed) {
    if (size > 0 && atDistanceM <= distanceM[size - 1]) {
      return;
    }
    if (size == distanceM.length) {
      distanceM = Arrays.copyOf(distanceM, size * 2);
      elapsedNanos = Arrays.copyOf(elapsedNanos, size * 2);
    }
    distanceM[size] = atDistanceM;
    elapsedNanos[size] = elapsed;
    size++;
  }

  int size() {
    return size;
  }

  double lastDistanceM() {
    return size == 0 ? Double.NaN : distanceM[size - 1];
  }

  /**
   * Elapsed nanoseconds at {@code atDistanceM}, interpolated linearly; NaN when the trace is empty
   * or the distance lies outside it.
   */
  double elapsedNanosAt(double atDistanceM) {
    if (size == 0 || atDistanceM < distanceM[0] || atDistanceM > distanceM[size - 1]) {
      return Double.NaN;
    }
    int i = Arrays.binarySearch(distanceM, 0, size, atDistanceM);
    if (i >= 0) {
      return elapsedNanos[i];
    }
    int hi = -i - 1;
    int lo = hi - 1;
    double f = (atDistanceM - distanceM[lo]) / (distanceM[hi] - distanceM[lo]);
    return elapsedNanos[lo] + f * (elapsedNanos[hi] - elapsedNanos[lo]);
  }
}
