package dev.pitwall.analytics.corners;

import dev.pitwall.core.track.TrackLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds corners from the curvature of a path sampled on a distance grid (x east, y north, metres).
 *
 * <p>Path → moving-average smoothing over {@code smoothM} (GPS noise would otherwise dominate the
 * second derivative) → heading by central differences → curvature as heading change over {@code 2 ×
 * windowM}. Stretches tighter than {@code maxRadiusM} are corner candidates; candidates of the same
 * direction closer than {@code mergeGapM} merge (one corner with a wobble), and corners turning
 * less than {@code minTurnDeg} in total are dropped (kinks on straights). The apex is the point of
 * largest curvature. Stateless; thread-safe.
 */
public final class CurvatureCornerFinder {

  /** Thresholds in metres and degrees; see the class comment. */
  public record Config(
      double smoothM, double windowM, double maxRadiusM, double mergeGapM, double minTurnDeg) {
    public static Config defaults() {
      return new Config(10, 10, 200, 15, 20);
    }
  }

  private final Config config;

  public CurvatureCornerFinder(Config config) {
    this.config = config;
  }

  public List<Corner> find(double[] xM, double[] yM, double stepM) {
    int n = xM.length;
    if (n != yM.length || n < 5) {
      throw new IllegalArgumentException("path needs >= 5 points with as many x as y; got " + n);
    }
    int half = Math.max(1, (int) Math.round(config.smoothM() / 2 / stepM));
    double[] x = smooth(bridgeHoles(xM), half);
    double[] y = smooth(bridgeHoles(yM), half);
    double[] heading = unwrappedHeading(x, y);
    int w = Math.max(1, (int) Math.round(config.windowM() / stepM));
    double[] kappa = new double[n];
    for (int k = 0; k < n; k++) {
      int a = Math.max(0, k - w);
      int b = Math.min(n - 1, k + w);
      kappa[k] = b > a ? (heading[b] - heading[a]) / ((b - a) * stepM) : 0;
    }
    return segments(kappa, heading, stepM);
  }

  /** Corners of a catalogue track, from its centreline resampled to 1 m. */
  public List<Corner> find(TrackLayout track) {
    int n = track.pointCount();
    double[] cum = new double[n + 1];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      cum[i + 1] = cum[i] + Math.hypot(track.x(j) - track.x(i), track.y(j) - track.y(i));
    }
    int points = (int) Math.floor(cum[n]) + 1;
    double[] x = new double[points];
    double[] y = new double[points];
    int seg = 0;
    for (int k = 0; k < points; k++) {
      while (seg < n - 1 && cum[seg + 1] < k) {
        seg++;
      }
      int j = (seg + 1) % n;
      double f = cum[seg + 1] > cum[seg] ? (k - cum[seg]) / (cum[seg + 1] - cum[seg]) : 0;
      f = Math.max(0, Math.min(1, f));
      x[k] = track.x(seg) + f * (track.x(j) - track.x(seg));
      y[k] = track.y(seg) + f * (track.y(j) - track.y(seg));
    }
    return find(x, y, 1.0);
  }

  private List<Corner> segments(double[] kappa, double[] heading, double stepM) {
    double minKappa = 1 / config.maxRadiusM();
    int gap = (int) Math.round(config.mergeGapM() / stepM);
    List<int[]> runs = new ArrayList<>();
    int k = 0;
    while (k < kappa.length) {
      if (Math.abs(kappa[k]) < minKappa) {
        k++;
        continue;
      }
      int start = k;
      double sign = Math.signum(kappa[k]);
      while (k < kappa.length && Math.abs(kappa[k]) >= minKappa && Math.signum(kappa[k]) == sign) {
        k++;
      }
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[2] == (int) sign && start - last[1] <= gap) {
        last[1] = k - 1;
      } else {
        runs.add(new int[] {start, k - 1, (int) sign});
      }
    }
    List<Corner> out = new ArrayList<>();
    for (int[] r : runs) {
      double turnDeg = Math.toDegrees(Math.abs(heading[r[1]] - heading[r[0]]));
      if (turnDeg >= config.minTurnDeg()) {
        out.add(corner("T" + (out.size() + 1), r, kappa, stepM));
      }
    }
    return out;
  }

  private static Corner corner(String name, int[] run, double[] kappa, double stepM) {
    int apex = run[0];
    for (int k = run[0]; k <= run[1]; k++) {
      if (Math.abs(kappa[k]) > Math.abs(kappa[apex])) {
        apex = k;
      }
    }
    Corner.Direction dir = run[2] > 0 ? Corner.Direction.LEFT : Corner.Direction.RIGHT;
    return new Corner(name, run[0] * stepM, apex * stepM, run[1] * stepM, dir);
  }

  /** NaN points (position holes) take the previous valid value, or the next one at the start. */
  private static double[] bridgeHoles(double[] v) {
    double[] out = v.clone();
    double last = Double.NaN;
    for (int i = 0; i < out.length; i++) {
      if (Double.isFinite(out[i])) {
        last = out[i];
      } else {
        out[i] = last;
      }
    }
    for (int i = out.length - 1; i >= 0; i--) {
      if (!Double.isFinite(out[i])) {
        out[i] = i + 1 < out.length ? out[i + 1] : 0;
      }
    }
    return out;
  }

  private static double[] smooth(double[] v, int half) {
    int n = v.length;
    double[] out = new double[n];
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + v[i];
    }
    for (int i = 0; i < n; i++) {
      int a = Math.max(0, i - half);
      int b = Math.min(n - 1, i + half);
      out[i] = (prefix[b + 1] - prefix[a]) / (b - a + 1);
    }
    return out;
  }

  /** Heading in radians, counter-clockwise from east, unwrapped so that it is continuous. */
  private static double[] unwrappedHeading(double[] x, double[] y) {
    int n = x.length;
    double[] h = new double[n];
    double offset = 0;
    for (int k = 0; k < n; k++) {
      int a = Math.max(0, k - 1);
      int b = Math.min(n - 1, k + 1);
      double raw = Math.atan2(y[b] - y[a], x[b] - x[a]);
      if (k > 0) {
        double prev = h[k - 1] - offset;
        double diff = raw - prev;
        offset += diff > Math.PI ? -2 * Math.PI : diff < -Math.PI ? 2 * Math.PI : 0;
      }
      h[k] = raw + offset;
    }
    return h;
  }
}
