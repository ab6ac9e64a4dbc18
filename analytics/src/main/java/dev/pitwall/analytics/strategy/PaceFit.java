package dev.pitwall.analytics.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fuel-corrected linear degradation of our current stint: least squares of lap time (plus the fuel
 * effect burnt off since the stint's first lap) against tyre age. Out-laps, lap 1, untimed laps and
 * laps slower than 1.07 x the stint median (traffic, SC) are left out, as in the tyre benchmark's
 * clean-lap rule.
 *
 * @param degSPerLap fitted loss per lap of tyre age, s/lap (clamped at 0: tyres do not heal)
 * @param laps clean laps used
 * @param rawSlopeSPerLap slope before clamping, s/lap
 */
public record PaceFit(double degSPerLap, int laps, double rawSlopeSPerLap) {

  /** Fewer clean laps than this and the file's degradation model is used unchanged. */
  public static final int MIN_CLEAN_LAPS = 4;

  /**
   * Fits the stint that ends at the last completed lap.
   *
   * @param fuelSPerLap lap time gained per lap by burning fuel (sensitivity s/kg x kg/lap), s
   */
  public static Optional<PaceFit> fit(RaceSoFar race, double fuelSPerLap) {
    int last = Math.min(race.lapsCompleted(), race.lapTimesS().size());
    int first = Math.max(2, last - race.tyreAgeLaps() + 2); // skip lap 1 and the out-lap
    List<double[]> pts = new ArrayList<>();
    for (int lap = first; lap <= last; lap++) {
      double t = race.lapTimesS().get(lap - 1);
      if (Double.isFinite(t) && t > 0) {
        pts.add(new double[] {lap, t + fuelSPerLap * (lap - first)});
      }
    }
    if (pts.size() < MIN_CLEAN_LAPS) {
      return Optional.empty();
    }
    double median = median(pts);
    pts.removeIf(p -> p[1] > 1.07 * median);
    if (pts.size() < MIN_CLEAN_LAPS) {
      return Optional.empty();
    }
    double slope = slope(pts);
    return Optional.of(new PaceFit(Math.max(0, slope), pts.size(), slope));
  }

  private static double median(List<double[]> pts) {
    double[] v = pts.stream().mapToDouble(p -> p[1]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double slope(List<double[]> pts) {
    double mx = pts.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double my = pts.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    for (double[] p : pts) {
      sxy += (p[0] - mx) * (p[1] - my);
      sxx += (p[0] - mx) * (p[0] - mx);
    }
    return sxx == 0 ? 0 : sxy / sxx;
  }

  @Override
  public String toString() {
    return "PaceFit" + Arrays.toString(new double[] {degSPerLap, laps});
  }
}
