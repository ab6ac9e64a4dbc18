package dev.pitwall.analytics.tyre;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Stints whose fuel-corrected lap time follows a known tyre curve plus seeded noise. */
final class SyntheticStints {
  private SyntheticStints() {}

  static List<Stint> make(
      int races, int drivers, int laps, String compound, DoubleUnaryOperator tyreS, double noiseS) {
    SplittableRandom rnd = new SplittableRandom(42);
    List<Stint> out = new ArrayList<>();
    for (int race = 0; race < races; race++) {
      for (int d = 0; d < drivers; d++) {
        int firstLap = 2 + rnd.nextInt(20);
        double level = 90 + rnd.nextDouble() * 2;
        List<StintLap> stint = new ArrayList<>();
        for (int i = 0; i < laps; i++) {
          int lap = firstLap + i;
          double age = i + 1;
          double t =
              level
                  + tyreS.applyAsDouble(age)
                  + FuelCorrection.deltaS(0, lap)
                  + noiseS * rnd.nextGaussian();
          stint.add(new StintLap(lap, age, t));
        }
        out.add(new Stint("R" + race, "D" + d, 1, compound, stint));
      }
    }
    return out;
  }
}
