package dev.pitwall.analytics.race.montecarlo;

import dev.pitwall.analytics.race.engine.ResultStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns per-race outcomes into per-driver odds and event histograms. Stateless. */
final class MonteCarloAggregator {
  private final List<String> initials;
  private final int n;

  MonteCarloAggregator(List<String> initials, int n) {
    this.initials = initials;
    this.n = n;
  }

  MonteCarloSummary summarise(
      byte[] position,
      boolean[] dnf,
      double[] finishS,
      byte[] sc,
      byte[] vsc,
      int[] invalid,
      boolean[] valid,
      int done,
      boolean early,
      long seed,
      ResultStatus lastInvalid) {
    int races = 0;
    for (int i = 0; i < done; i++) {
      races += valid[i] ? 1 : 0;
    }
    List<DriverOdds> odds = new ArrayList<>(n);
    double[] times = new double[done];
    for (int d = 0; d < n; d++) {
      int wins = 0;
      int podiums = 0;
      int dnfs = 0;
      double sum = 0;
      double sumSq = 0;
      int finished = 0;
      for (int i = 0; i < done; i++) {
        if (!valid[i]) {
          continue;
        }
        int p = position[i * n + d];
        wins += p == 1 ? 1 : 0;
        podiums += p <= 3 ? 1 : 0;
        dnfs += dnf[i * n + d] ? 1 : 0;
        sum += p;
        sumSq += (double) p * p;
        double t = finishS[i * n + d];
        if (!Double.isNaN(t)) {
          times[finished++] = t;
        }
      }
      double mean = sum / races;
      double pWin = (double) wins / races;
      Arrays.sort(times, 0, finished);
      odds.add(
          new DriverOdds(
              initials.get(d),
              pWin,
              (double) podiums / races,
              (double) dnfs / races,
              mean,
              Math.sqrt(Math.max(0, sumSq / races - mean * mean)),
              Math.sqrt(pWin * (1 - pWin) / races),
              percentile(times, finished, 0.10),
              percentile(times, finished, 0.50),
              percentile(times, finished, 0.90)));
    }
    int invalidTotal = 0;
    for (int i = 0; i < done; i++) {
      invalidTotal += invalid[i];
    }
    String reason = lastInvalid == null ? "" : lastInvalid.reason();
    return new MonteCarloSummary(
        odds,
        races,
        invalidTotal,
        early,
        seed,
        histogram(sc, valid, done),
        histogram(vsc, valid, done),
        reason);
  }

  /** Linear interpolation between closest ranks (numpy's default). */
  static double percentile(double[] sorted, int count, double q) {
    if (count == 0) {
      return Double.NaN;
    }
    double rank = q * (count - 1);
    int lo = (int) Math.floor(rank);
    int hi = Math.min(lo + 1, count - 1);
    return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
  }

  private static int[] histogram(byte[] counts, boolean[] valid, int done) {
    int max = 0;
    for (int i = 0; i < done; i++) {
      max = Math.max(max, counts[i]);
    }
    int[] h = new int[Math.max(max + 1, 4)];
    for (int i = 0; i < done; i++) {
      if (valid[i]) {
        h[counts[i]]++;
      }
    }
    return h;
  }
}
