package dev.pitwall.hardware.sim;

import dev.pitwall.core.track.TrackLayout;

/**
 * A circuit resampled at a fixed step along its centreline, with heading and smoothed curvature.
 *
 * <p>Why smoothing: the driven line uses the track width and is far less curved than the
 * centreline, and raw curvature from differentiating a polyline is noisy. A Gaussian over ±{@code 3
 * sigma} metres stands in for the racing line; sigma is part of the calibration checked by the COTA
 * lap-time test. Immutable; indices wrap around the closed loop.
 */
final class TrackPath {
  private final double stepM;
  private final double lengthM;
  private final double[] x;
  private final double[] y;
  private final double[] headingRad;
  private final double[] curvature;

  TrackPath(TrackLayout layout, double stepM, double smoothingSigmaM) {
    double[] cumulative = cumulativeDistance(layout);
    this.lengthM = cumulative[layout.pointCount()];
    int n = (int) Math.round(lengthM / stepM);
    this.stepM = lengthM / n;
    this.x = new double[n];
    this.y = new double[n];
    resample(layout, cumulative);
    this.headingRad = new double[n];
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      int next = (i + 1) % n;
      int prev = (i - 1 + n) % n;
      headingRad[i] = Math.atan2(y[next] - y[prev], x[next] - x[prev]);
      double h1 = Math.atan2(y[i] - y[prev], x[i] - x[prev]);
      double h2 = Math.atan2(y[next] - y[i], x[next] - x[i]);
      raw[i] = wrap(h2 - h1) / this.stepM;
    }
    this.curvature = gaussian(raw, smoothingSigmaM / this.stepM);
  }

  int size() {
    return x.length;
  }

  double stepM() {
    return stepM;
  }

  double lengthM() {
    return lengthM;
  }

  /** Signed curvature at index i in 1/m; positive = turning left. */
  double curvature(int i) {
    return curvature[Math.floorMod(i, curvature.length)];
  }

  /** Local x in m at distance {@code sM} (any value; wrapped onto the lap). */
  double x(double sM) {
    return interpolate(x, sM);
  }

  double y(double sM) {
    return interpolate(y, sM);
  }

  /** Curvature at distance {@code sM}, interpolated. */
  double curvatureAt(double sM) {
    return interpolate(curvature, sM);
  }

  /** Direction of travel at {@code sM}, radians counter-clockwise from local +x. */
  double headingRad(double sM) {
    double pos = wrapDistance(sM) / stepM;
    int i = (int) pos % x.length;
    double f = pos - Math.floor(pos);
    double a = headingRad[i];
    return a + f * wrap(headingRad[(i + 1) % x.length] - a);
  }

  double wrapDistance(double sM) {
    double s = sM % lengthM;
    return s < 0 ? s + lengthM : s;
  }

  private double interpolate(double[] v, double sM) {
    double pos = wrapDistance(sM) / stepM;
    int i = (int) pos % v.length;
    double f = pos - Math.floor(pos);
    return v[i] + f * (v[(i + 1) % v.length] - v[i]);
  }

  private void resample(TrackLayout layout, double[] cumulative) {
    int m = layout.pointCount();
    int seg = 0;
    for (int i = 0; i < x.length; i++) {
      double s = i * stepM;
      while (seg < m - 1 && cumulative[seg + 1] < s) {
        seg++;
      }
      int a = seg;
      int b = (seg + 1) % m;
      double len = cumulative[seg + 1] - cumulative[seg];
      double f = len > 0 ? (s - cumulative[seg]) / len : 0;
      x[i] = layout.x(a) + f * (layout.x(b) - layout.x(a));
      y[i] = layout.y(a) + f * (layout.y(b) - layout.y(a));
    }
  }

  private static double[] cumulativeDistance(TrackLayout layout) {
    int m = layout.pointCount();
    double[] c = new double[m + 1];
    for (int i = 0; i < m; i++) {
      int j = (i + 1) % m;
      c[i + 1] = c[i] + Math.hypot(layout.x(j) - layout.x(i), layout.y(j) - layout.y(i));
    }
    return c;
  }

  private static double[] gaussian(double[] v, double sigmaSamples) {
    int n = v.length;
    int half = Math.max(1, (int) Math.ceil(3 * sigmaSamples));
    double[] w = new double[2 * half + 1];
    double sum = 0;
    for (int k = -half; k <= half; k++) {
      w[k + half] = Math.exp(-0.5 * k * k / (sigmaSamples * sigmaSamples));
      sum += w[k + half];
    }
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      double acc = 0;
      for (int k = -half; k <= half; k++) {
        acc += w[k + half] * v[Math.floorMod(i + k, n)];
      }
      out[i] = acc / sum;
    }
    return out;
  }

  static double wrap(double angleRad) {
    return Math.atan2(Math.sin(angleRad), Math.cos(angleRad));
  }
}
