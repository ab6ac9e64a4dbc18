package dev.pitwall.analytics.testdata;

import dev.pitwall.analytics.corners.Corner;
import dev.pitwall.analytics.distance.ChannelSeries;
import dev.pitwall.analytics.distance.DistanceLap;
import dev.pitwall.analytics.distance.DistanceResampler;
import java.util.ArrayList;
import java.util.List;

/**
 * A lap whose answers are known: per corner the car brakes at {@code brakePointM} (pressure rises
 * from 0 to {@code peakBrakeBar} over 10 m, released by the apex), slows at constant deceleration
 * to {@code minSpeedKph} at the apex, holds it, and picks up the throttle at {@code pickupM} (0 →
 * 100 % over 30 m) accelerating at 0.5 g. Speed is 200 km/h otherwise. The lap is driven in time at
 * 100 Hz and put on a 1 m grid by the production resampler, so tests exercise the whole chain.
 * Position is a circle of the lap length (posX/posY).
 */
public final class SyntheticLap {
  public static final double LENGTH_M = 3000;
  public static final double VMAX_KPH = 200;
  private static final double FINE_M = 0.05;

  /** One corner's known inputs. */
  public record Spec(
      Corner corner, double brakePointM, double peakBrakeBar, double minSpeedKph, double pickupM) {}

  private SyntheticLap() {}

  /** Three corners with sensible defaults. */
  public static List<Spec> standard() {
    return List.of(
        new Spec(new Corner("T1", 500, 560, 620, Corner.Direction.RIGHT), 380, 80, 80, 580),
        new Spec(new Corner("T2", 1400, 1450, 1500, Corner.Direction.LEFT), 1290, 60, 100, 1470),
        new Spec(new Corner("T3", 2300, 2340, 2400, Corner.Direction.RIGHT), 2200, 90, 70, 2360));
  }

  public static List<Corner> corners(List<Spec> specs) {
    return specs.stream().map(Spec::corner).toList();
  }

  /** The spec list with one corner's brake point moved by {@code shiftM} (negative = earlier). */
  public static List<Spec> withBrakeShift(
      List<Spec> specs, String corner, double shiftM, double minSpeedDelta) {
    List<Spec> out = new ArrayList<>();
    for (Spec s : specs) {
      out.add(
          s.corner().name().equals(corner)
              ? new Spec(
                  s.corner(),
                  s.brakePointM() + shiftM,
                  s.peakBrakeBar(),
                  s.minSpeedKph() + minSpeedDelta,
                  s.pickupM())
              : s);
    }
    return out;
  }

  /** Speed (km/h) on a fine distance grid. */
  static double[] speedProfile(List<Spec> specs) {
    int n = (int) (LENGTH_M / FINE_M) + 1;
    double[] v = new double[n];
    java.util.Arrays.fill(v, VMAX_KPH);
    for (Spec s : specs) {
      int b = idx(s.brakePointM());
      int apex = idx(s.corner().apexM());
      double vb2 = sq(v[b] / 3.6);
      double vmin2 = sq(s.minSpeedKph() / 3.6);
      for (int k = b; k < n; k++) {
        double m = k * FINE_M;
        double v2;
        if (k <= apex) {
          v2 = vb2 + (vmin2 - vb2) * (k - b) / (double) (apex - b);
        } else if (m <= s.pickupM()) {
          v2 = vmin2;
        } else {
          v2 = Math.min(sq(VMAX_KPH / 3.6), vmin2 + 2 * 0.5 * 9.80665 * (m - s.pickupM()));
        }
        v[k] = Math.sqrt(v2) * 3.6;
      }
    }
    return v;
  }

  /** The lap driven at 100 Hz and resampled to a 1 m grid. */
  public static DistanceLap drive(List<Spec> specs) {
    double[] v = speedProfile(specs);
    int n = v.length;
    double[] tS = new double[n];
    for (int k = 1; k < n; k++) {
      tS[k] = tS[k - 1] + FINE_M / ((v[k] + v[k - 1]) / 2 / 3.6);
    }
    int samples = (int) Math.floor(tS[n - 1] * 100) + 1;
    long[] t = new long[samples + 1];
    double[][] ch = new double[6][samples + 1];
    int k = 0;
    for (int i = 0; i <= samples; i++) {
      double time = Math.min(i / 100.0, tS[n - 1]);
      while (k < n - 2 && tS[k + 1] < time) {
        k++;
      }
      double f = (time - tS[k]) / (tS[k + 1] - tS[k]);
      double m = (k + f) * FINE_M;
      t[i] = Math.round(time * 1e9);
      ch[0][i] = m;
      ch[1][i] = v[k] + f * (v[k + 1] - v[k]);
      ch[2][i] = brake(specs, m);
      ch[3][i] = throttle(specs, m);
      ch[4][i] = LENGTH_M / (2 * Math.PI) * Math.cos(2 * Math.PI * m / LENGTH_M);
      ch[5][i] = LENGTH_M / (2 * Math.PI) * Math.sin(2 * Math.PI * m / LENGTH_M);
    }
    List<ChannelSeries> channels =
        List.of(
            new ChannelSeries("speed", t, ch[1]),
            new ChannelSeries("brakePressureFront", t, ch[2]),
            new ChannelSeries("throttle", t, ch[3]),
            new ChannelSeries("posX", t, ch[4]),
            new ChannelSeries("posY", t, ch[5]));
    return new DistanceResampler(1.0)
        .resample(0, t[samples], new ChannelSeries("distance", t, ch[0]), channels, Double.NaN);
  }

  static double brake(List<Spec> specs, double m) {
    for (Spec s : specs) {
      double rel = m - s.brakePointM();
      double release = s.corner().apexM() - 20;
      if (rel >= 0 && m <= s.corner().apexM()) {
        double up = Math.min(1, rel / 10);
        double down = m <= release ? 1 : (s.corner().apexM() - m) / 20;
        return s.peakBrakeBar() * Math.min(up, down);
      }
    }
    return 0;
  }

  static double throttle(List<Spec> specs, double m) {
    for (Spec s : specs) {
      if (m >= s.brakePointM() && m <= s.pickupM() + 30) {
        return m <= s.pickupM() ? 0 : 100 * (m - s.pickupM()) / 30;
      }
    }
    return 100;
  }

  private static int idx(double m) {
    return (int) Math.round(m / FINE_M);
  }

  private static double sq(double x) {
    return x * x;
  }
}
