package dev.pitwall.analytics.coaching;

import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.distance.DistanceLap;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures braking point, peak brake pressure, minimum speed, throttle pick-up, exit speed and time
 * in the corner for every corner of a lap on a distance grid.
 *
 * <p>Brake point: in the approach (from the previous corner's exit, at most {@code approachM}
 * before the entry, up to the apex) the first point where pressure reaches {@code max(minBrakeBar,
 * 10 % of the peak)}, walked back to where it left the {@code brakeFloorBar} noise floor — the
 * distance where the pressure starts to rise (the walk back may enter the previous corner: in a
 * linked complex the braking starts there). Without a brake channel the same is done on the
 * deceleration — from the longitudinal accelerometer when logged, else derived from speed ({@code v
 * dv/ds}) — with {@code decelOnsetG} and a 0.05 g floor. Throttle pick-up: after the throttle's
 * minimum in the corner, the first point {@code throttleRisePct} above that minimum, walked back to
 * where it left the minimum (+1 %). Stateless apart from its configuration; thread-safe.
 */
public final class CornerMetricsCalculator {
  private static final double G = 9.80665;

  /** Channel names on the grid; speed in km/h, brake in bar, throttle in %. */
  public record Channels(String speedKph, String brakeBar, String throttlePct, String accLongG) {
    /** With the shared longitudinal-acceleration name {@code accLong} (g, positive forward). */
    public Channels(String speedKph, String brakeBar, String throttlePct) {
      this(speedKph, brakeBar, throttlePct, "accLong");
    }

    /** The shared names of the simulated car. */
    public static Channels shared() {
      return new Channels("speed", "brakePressureFront", "throttle", "accLong");
    }
  }

  /** Thresholds; see the class comment. */
  public record Config(
      double approachM,
      double brakeFloorBar,
      double minBrakeBar,
      double decelOnsetG,
      double throttleRisePct) {
    public static Config defaults() {
      return new Config(250, 1.0, 3.0, 0.3, 10.0);
    }
  }

  private final Channels channels;
  private final Config config;

  public CornerMetricsCalculator(Channels channels, Config config) {
    this.channels = channels;
    this.config = config;
  }

  /**
   * @throws IllegalArgumentException when the lap has no speed channel
   */
  public LapAnalysis analyse(
      int lapNumber, double lapTimeS, DistanceLap lap, List<Corner> corners) {
    double[] speed = lap.channel(channels.speedKph());
    double[] brake = lap.has(channels.brakeBar()) ? lap.channel(channels.brakeBar()) : null;
    double[] throttle =
        lap.has(channels.throttlePct()) ? lap.channel(channels.throttlePct()) : null;
    double[] decelG = brake == null ? deceleration(lap, speed) : null;
    List<CornerMetrics> out = new ArrayList<>();
    double previousExitM = 0;
    for (Corner c : corners) {
      if (c.exitM() > lap.gridLengthM()) {
        break;
      }
      double approachM = Math.max(previousExitM, c.entryM() - config.approachM());
      out.add(measure(c, approachM, lap, speed, brake, throttle, decelG));
      previousExitM = c.exitM();
    }
    return new LapAnalysis(lapNumber, lapTimeS, lap, out);
  }

  private CornerMetrics measure(
      Corner c,
      double approachM,
      DistanceLap lap,
      double[] speed,
      double[] brake,
      double[] throttle,
      double[] decelG) {
    double step = lap.stepM();
    int from = index(approachM, step, speed.length);
    int apex = index(c.apexM(), step, speed.length);
    int entry = index(c.entryM(), step, speed.length);
    int exit = index(c.exitM(), step, speed.length);
    double peak = brake == null ? Double.NaN : max(brake, from, apex);
    int backLimit = index(c.entryM() - config.approachM(), step, speed.length);
    double brakeThreshold = Math.max(config.minBrakeBar(), 0.1 * peak);
    double brakePointM =
        brake != null
            ? onset(brake, from, apex, backLimit, brakeThreshold, config.brakeFloorBar(), step)
            : onset(decelG, from, apex, backLimit, config.decelOnsetG(), 0.05, step);
    int minAt = argMin(speed, entry, exit);
    double pickupM =
        throttle == null ? Double.NaN : pickup(throttle, entry, exit, speed.length, step);
    return new CornerMetrics(
        c,
        approachM,
        brakePointM,
        brake != null,
        peak,
        speed[minAt],
        minAt * step,
        pickupM,
        speed[exit],
        lap.timeAtM(c.exitM()) - lap.timeAtM(c.entryM()));
  }

  /**
   * Distance where {@code v} starts rising towards {@code threshold}, searched in [from, to]; the
   * walk back may go before {@code from} (down to {@code backLimit}) because in a linked complex
   * the braking for this corner starts inside the previous one. NaN when the threshold is never
   * reached.
   */
  private static double onset(
      double[] v, int from, int to, int backLimit, double threshold, double floor, double step) {
    int k = from;
    while (k <= to && !(v[k] >= threshold)) {
      k++;
    }
    if (k > to) {
      return Double.NaN;
    }
    while (k > backLimit && v[k - 1] > floor) {
      k--;
    }
    if (k == backLimit || !(v[k] > v[k - 1])) {
      return k * step;
    }
    double f = (floor - v[k - 1]) / (v[k] - v[k - 1]);
    return (k - 1 + Math.max(0, Math.min(1, f))) * step;
  }

  private double pickup(double[] throttle, int entry, int exit, int n, double step) {
    int minAt = argMin(throttle, entry, exit);
    double min = throttle[minAt];
    int limit = Math.min(n - 1, exit + (int) Math.round(100 / step));
    int k = minAt;
    while (k <= limit && !(throttle[k] >= min + config.throttleRisePct())) {
      k++;
    }
    if (k > limit) {
      return Double.NaN;
    }
    while (k > minAt && throttle[k - 1] > min + 1) {
      k--;
    }
    return k * step;
  }

  /** Deceleration in g (positive when slowing): from the accelerometer when logged, else speed. */
  private double[] deceleration(DistanceLap lap, double[] speed) {
    if (!lap.has(channels.accLongG())) {
      return decelerationG(speed, lap.stepM());
    }
    double[] acc = lap.channel(channels.accLongG());
    for (int k = 0; k < acc.length; k++) {
      acc[k] = -acc[k];
    }
    return acc;
  }

  /** Longitudinal deceleration in g (positive when slowing) from speed on the grid: v dv/ds. */
  static double[] decelerationG(double[] speedKph, double step) {
    int n = speedKph.length;
    double[] out = new double[n];
    for (int k = 0; k < n; k++) {
      int a = Math.max(0, k - 2);
      int b = Math.min(n - 1, k + 2);
      double va = speedKph[a] / 3.6;
      double vb = speedKph[b] / 3.6;
      out[k] = b > a ? -(vb * vb - va * va) / (2 * (b - a) * step) / G : 0;
    }
    return out;
  }

  private static int index(double m, double step, int n) {
    return Math.max(0, Math.min(n - 1, (int) Math.round(m / step)));
  }

  private static double max(double[] v, int from, int to) {
    double best = Double.NaN;
    for (int k = from; k <= to; k++) {
      if (!(v[k] <= best)) {
        best = Double.isNaN(v[k]) ? best : v[k];
      }
    }
    return best;
  }

  /** Index of the smallest non-NaN value in [from, to]; {@code from} when all are NaN. */
  private static int argMin(double[] v, int from, int to) {
    int best = from;
    for (int k = from; k <= to; k++) {
      if (v[k] < v[best] || Double.isNaN(v[best])) {
        best = k;
      }
    }
    return best;
  }
}
