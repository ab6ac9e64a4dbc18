package dev.pitwall.analytics.strategy.live;

import dev.pitwall.core.session.Lap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One car at the end of our lap N, derived from its {@link CarObservation}: its race time at lap N
 * (measured, or extrapolated for a car still on lap N or laps down), its set, tyre age and fuel,
 * and its pace with the series' tyre and fuel terms taken out (the TUM t_driver on top of the base
 * lap).
 *
 * @param raceTimeS race time at the end of lap N from the first car's start of lap 1, s
 * @param paceS median clean lap minus tyre loss minus fuel effect, s (NaN = no clean lap)
 * @param stint stops made by lap N (index of the set fitted)
 */
record CarState(
    CarObservation seen,
    double raceTimeS,
    double paceS,
    String compound,
    double tyreAgeLaps,
    int stint,
    double fuelKg,
    boolean pittedOnLap) {

  /** Clean laps: not lap 1, no in- or out-lap, within 107 % of the median. */
  static final double CLEAN_FACTOR = 1.07;

  static CarState of(
      CarObservation c, int lap, long t0Nanos, long nowNanos, double lapM, SeriesParams s) {
    String compound = c.compound() == null ? s.compounds().get(0) : c.compound();
    int stint = (int) c.pitInLaps().stream().filter(p -> p <= lap).count();
    int lastPit = c.pitInLaps().stream().filter(p -> p <= lap).reduce((a, b) -> b).orElse(0);
    double age = Double.isFinite(c.tyreAgeLaps()) ? c.tyreAgeLaps() : lap - lastPit;
    double fuel =
        Double.isFinite(c.fuelKg())
            ? c.fuelKg()
            : Math.max(0, s.fuelStartKg() - lap * s.fuelPerLapKg());
    double pace = pace(c, compound, s);
    return new CarState(
        c,
        raceTime(c, lap, t0Nanos, nowNanos, lapM, pace),
        pace,
        compound,
        Math.max(0, age),
        stint,
        fuel,
        c.pitInLaps().contains(lap));
  }

  /** Lap N's end if the car has done it, else extrapolated from where it is now. */
  private static double raceTime(
      CarObservation c, int lap, long t0, long now, double lapM, double paceS) {
    List<Lap> laps = c.laps();
    if (laps.size() >= lap) {
      return (laps.get(lap - 1).endNanos() - t0) / 1e9;
    }
    if (laps.isEmpty()) {
      return Double.NaN;
    }
    double lapS = laps.get(laps.size() - 1).lapTimeS();
    double done = Double.isFinite(c.lapDistanceM()) && lapM > 0 ? c.lapDistanceM() / lapM : 0.0;
    double toGo = (lap - laps.size()) - Math.min(Math.max(done, 0), 1);
    return (now - t0) / 1e9 + Math.max(toGo, 0) * lapS;
  }

  private static double pace(CarObservation c, String compound, SeriesParams s) {
    double[] k = s.compoundOffsetAndDegS().get(compound);
    List<Double> corrected = new ArrayList<>();
    int stintStart = 0;
    for (Lap lap : c.laps()) {
      int n = lap.number();
      if (c.pitInLaps().contains(n - 1)) {
        stintStart = n - 1;
      }
      double t = lap.lapTimeS();
      if (n == 1 || c.pitInLaps().contains(n) || c.pitInLaps().contains(n - 1) || !(t > 0)) {
        continue;
      }
      double age = n - 1 - stintStart;
      double fuel = Math.max(0, s.fuelStartKg() - (n - 1) * s.fuelPerLapKg());
      corrected.add(t - k[0] - k[1] * age - fuel * s.fuelSensSPerKg());
    }
    if (corrected.isEmpty()) {
      return Double.NaN;
    }
    double median = median(corrected);
    corrected.removeIf(x -> x > CLEAN_FACTOR * median);
    // the last five clean laps: pace now, not at the start
    return median(corrected.subList(Math.max(0, corrected.size() - 5), corrected.size()));
  }

  private static double median(List<Double> v) {
    double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  }
}
