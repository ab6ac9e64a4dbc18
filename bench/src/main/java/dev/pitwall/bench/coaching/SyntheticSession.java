package dev.pitwall.bench.coaching;

import java.util.SplittableRandom;

/**
 * A synthetic 100 Hz session on a closed rounded-rectangle circuit (1000 m × 400 m, four corners of
 * 30/60/45/80 m radius): speed limited by 1.2 g in the corners, 1.0 g braking, 0.5 g acceleration,
 * 250 km/h top speed, each lap scaled by a random ±1.5 % pace factor. Channels as the shared
 * simulated car: posX/posY (m), speed (km/h), brakePressureFront (bar), throttle (%).
 */
public final class SyntheticSession {
  static final double G = 9.80665;
  static final double WIDTH_M = 1000;
  static final double HEIGHT_M = 400;
  static final double[] RADII_M = {30, 60, 45, 80};

  public final long[] timeNanos;
  public final double[] xM;
  public final double[] yM;
  public final double[] speedKph;
  public final double[] brakeBar;
  public final double[] throttlePct;
  public final double lapLengthM;

  public SyntheticSession(double durationS, double rateHz, long seed) {
    Track track = new Track();
    lapLengthM = track.length;
    double[] vProfile = track.speedProfileMps();
    int n = (int) Math.floor(durationS * rateHz) + 1;
    timeNanos = new long[n];
    xM = new double[n];
    yM = new double[n];
    speedKph = new double[n];
    brakeBar = new double[n];
    throttlePct = new double[n];
    SplittableRandom random = new SplittableRandom(seed);
    double pace = 1;
    double s = 0;
    double dt = 1 / rateHz;
    for (int i = 0; i < n; i++) {
      int k = (int) (s % lapLengthM);
      double v = vProfile[k] * pace;
      double[] p = track.point(s % lapLengthM);
      timeNanos[i] = Math.round(i * dt * 1e9);
      xM[i] = p[0];
      yM[i] = p[1];
      speedKph[i] = v * 3.6;
      int next = (k + 1) % vProfile.length;
      boolean braking = vProfile[next] < vProfile[k] - 1e-6;
      brakeBar[i] = braking ? 80 : 0;
      throttlePct[i] = braking ? 0 : vProfile[next] > vProfile[k] + 1e-6 ? 100 : 35;
      double before = s;
      s += v * dt;
      if (Math.floor(before / lapLengthM) != Math.floor(s / lapLengthM)) {
        pace = 1 + (random.nextDouble() - 0.5) * 0.03;
      }
    }
  }

  /**
   * The circuit as a distance-parametrised centreline, starting mid bottom straight heading east.
   */
  static final class Track {
    final double length;
    private final double[][] pts;

    Track() {
      java.util.List<double[]> list = new java.util.ArrayList<>();
      double[][] corners = {{WIDTH_M, 0}, {WIDTH_M, HEIGHT_M}, {0, HEIGHT_M}, {0, 0}};
      double[][] dirs = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};
      double x = WIDTH_M / 2;
      double y = 0;
      for (int c = 0; c < 4; c++) {
        double r = RADII_M[c];
        double[] d = dirs[c];
        double ex = corners[c][0] - d[0] * r;
        double ey = corners[c][1] - d[1] * r;
        for (double m = 0; m < Math.hypot(ex - x, ey - y); m += 1) {
          list.add(new double[] {x + d[0] * m, y + d[1] * m, 0});
        }
        double[] nd = dirs[(c + 1) % 4];
        double cx = ex + nd[0] * r;
        double cy = ey + nd[1] * r;
        double a0 = Math.atan2(ey - cy, ex - cx);
        for (double m = 0; m < r * Math.PI / 2; m += 1) {
          double a = a0 + m / r;
          list.add(new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a), r});
        }
        x = cx + r * Math.cos(a0 + Math.PI / 2);
        y = cy + r * Math.sin(a0 + Math.PI / 2);
      }
      for (double m = 0; x + m < WIDTH_M / 2; m += 1) {
        list.add(new double[] {x + m, y, 0});
      }
      pts = list.toArray(new double[0][]);
      length = pts.length;
    }

    double[] point(double s) {
      int i = (int) s % pts.length;
      int j = (i + 1) % pts.length;
      double f = s - Math.floor(s);
      return new double[] {
        pts[i][0] + f * (pts[j][0] - pts[i][0]), pts[i][1] + f * (pts[j][1] - pts[i][1])
      };
    }

    /**
     * Speed (m/s) per metre: corner limit, then backward (braking) and forward (traction) passes.
     */
    double[] speedProfileMps() {
      int n = pts.length;
      double[] v = new double[n];
      for (int k = 0; k < n; k++) {
        v[k] = pts[k][2] > 0 ? Math.sqrt(1.2 * G * pts[k][2]) : 250 / 3.6;
      }
      for (int pass = 0; pass < 2; pass++) {
        for (int k = 2 * n - 1; k >= 0; k--) {
          int a = k % n;
          int b = (k + 1) % n;
          v[a] = Math.min(v[a], Math.sqrt(v[b] * v[b] + 2 * 1.0 * G));
        }
        for (int k = 0; k < 2 * n; k++) {
          int a = k % n;
          int b = (k + 1) % n;
          v[b] = Math.min(v[b], Math.sqrt(v[a] * v[a] + 2 * 0.5 * G));
        }
      }
      return v;
    }
  }
}
