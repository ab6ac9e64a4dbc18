package dev.pitwall.app.ui.fake;

import dev.pitwall.app.ui.track.TrackGeometry;
import dev.pitwall.core.track.TrackLayout;
import java.util.Arrays;

/**
 * The circuit a simulated car drives: by default a short synthetic one (about 300 m, a lap of a few
 * seconds), or any given layout. Speed comes from a smooth profile with two slow phases per lap;
 * pedals, gear and rpm are derived from it.
 */
final class SyntheticCircuit {
  static final int POINTS = 240;

  private final TrackLayout layout;
  private final double lengthM;

  /** Drives round a given layout, e.g. a real circuit. */
  SyntheticCircuit(TrackLayout layout) {
    this.layout = layout;
    this.lengthM = layout.lengthM();
  }

  SyntheticCircuit() {
    double[] x = new double[POINTS];
    double[] y = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      double a = 2 * Math.PI * i / POINTS;
      x[i] = 55 * Math.cos(a) + 14 * Math.cos(2 * a);
      y[i] = 30 * Math.sin(a) - 8 * Math.sin(3 * a);
    }
    double[] width = new double[POINTS];
    Arrays.fill(width, 6);
    TrackLayout draft =
        new TrackLayout(
            "synthetic", "Synthetic test circuit", x, y, width, width, new double[] {1});
    lengthM = draft.lengthM();
    layout =
        new TrackLayout(
            "synthetic",
            "Synthetic test circuit",
            x,
            y,
            width,
            width,
            new double[] {lengthM * 0.3, lengthM * 0.65, lengthM});
  }

  TrackLayout layout() {
    return layout;
  }

  double lengthM() {
    return lengthM;
  }

  /** Speed at {@code distanceM} into the lap, km/h: 120 in the two hairpins, 260 on straights. */
  static double speedKph(double distanceM, double lapLengthM, double lapFactor) {
    double phase = 2 * Math.PI * distanceM / lapLengthM;
    return lapFactor * (190 + 70 * Math.cos(2 * phase));
  }

  /** {@code {xM, yM, headingRad}} at a lap distance. */
  double[] pointAt(double distanceM) {
    return TrackGeometry.pointAt(layout, distanceM);
  }

  static int gear(double speedKph) {
    return (int) Math.clamp(1 + speedKph / 45, 1, 7);
  }

  static double rpm(double speedKph, int gear) {
    double[] ratio = {0, 60, 44, 36, 30, 26, 23, 21};
    return Math.clamp(4000 + speedKph * ratio[gear] / 1.2, 4000, 12800);
  }
}
