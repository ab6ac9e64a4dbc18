package dev.pitwall.analytics.tyre.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic stints whose lap-time loss and wear follow a known hidden function of the features plus
 * Gaussian noise, so a test can check the model learns it. Hidden function (r = energy / track mean
 * energy of that tyre): loss = rate(compound)·age + 0.02·fuel + 1.5·(r_RL − 1) + 0.8·(r_FR − 1) +
 * 0.03·(T_RL − 100) + N(0, 0.05²) s; wear_c = k(compound)·r_c·(1 + 0.01·(T_c − 100)) + N(0, 0.02²)
 * %.
 */
final class SyntheticStints {
  static final String[] COMPOUNDS = {"SOFT", "MEDIUM", "HARD"};
  static final double[] RATE_S_PER_LAP = {0.08, 0.05, 0.03};
  static final double[] WEAR_PCT = {0.5, 0.35, 0.25};
  static final String[] TRACKS = {"cota", "monza"};
  static final double[][] TRACK_ENERGY = {{9000, 9500, 8000, 8500}, {7000, 7200, 6500, 6800}};
  static final double LOSS_NOISE_S = 0.05;

  private final SplittableRandom random;

  SyntheticStints(long seed) {
    this.random = new SplittableRandom(seed);
  }

  List<TrainingLap> stints(int count, String session) {
    List<TrainingLap> laps = new ArrayList<>();
    int lapNumber = 1;
    for (int s = 0; s < count; s++) {
      int compound = random.nextInt(3);
      int track = random.nextInt(2);
      int length = 15 + random.nextInt(10);
      for (int age = 1; age <= length; age++) {
        laps.add(lap(session, lapNumber++, compound, track, age, 100 - 2.5 * age));
      }
    }
    return laps;
  }

  private TrainingLap lap(
      String session, int lapNumber, int compound, int track, int age, double fuel) {
    double push = random.nextDouble() < 0.2 ? 1.15 : 1.0;
    double[] f = new double[FeatureSchema.NUMERIC.size()];
    double[] r = new double[4];
    double[] temp = new double[4];
    for (int c = 0; c < 4; c++) {
      r[c] = push * (1 + 0.08 * random.nextGaussian());
      temp[c] = 100 + 40 * (r[c] - 1) + 2 * random.nextGaussian();
      f[NumericFeature.ENERGY_FL.ordinal() + c] = r[c] * TRACK_ENERGY[track][c];
      f[NumericFeature.TYRE_TEMP_FL_C.ordinal() + c] = temp[c];
    }
    double mean = (r[0] + r[1] + r[2] + r[3]) / 4;
    f[NumericFeature.LAT_G_S.ordinal()] = 60 * mean * (track == 0 ? 1.1 : 0.9);
    f[NumericFeature.LONG_G_S.ordinal()] = 40 * mean;
    f[NumericFeature.BRAKE_ENERGY.ordinal()] = 2.0e5 * (r[0] + r[1]) / 2;
    f[NumericFeature.HEAVY_BRAKINGS.ordinal()] = track == 0 ? 9 : 6;
    f[NumericFeature.HARD_CORNERS.ordinal()] = track == 0 ? 12 : 5 + random.nextInt(2);
    f[NumericFeature.MEAN_SPEED_KPH.ordinal()] =
        (track == 0 ? 180 : 240) + 3 * random.nextGaussian();
    f[NumericFeature.MAX_SPEED_KPH.ordinal()] =
        (track == 0 ? 320 : 345) + 3 * random.nextGaussian();
    f[NumericFeature.FUEL_L.ordinal()] = fuel;
    f[NumericFeature.TYRE_AGE_LAPS.ordinal()] = age;
    LapFeatures features = new LapFeatures(f, COMPOUNDS[compound], TRACKS[track]);
    return new TrainingLap(
        session, lapNumber, features, loss(features, compound, r), wear(compound, r, temp));
  }

  private double loss(LapFeatures f, int compound, double[] r) {
    return RATE_S_PER_LAP[compound] * f.value(NumericFeature.TYRE_AGE_LAPS)
        + 0.02 * f.value(NumericFeature.FUEL_L)
        + 1.5 * (r[2] - 1)
        + 0.8 * (r[1] - 1)
        + 0.03 * (f.value(NumericFeature.TYRE_TEMP_RL_C) - 100)
        + LOSS_NOISE_S * random.nextGaussian();
  }

  private double[] wear(int compound, double[] r, double[] temp) {
    double[] w = new double[4];
    for (int c = 0; c < 4; c++) {
      w[c] =
          WEAR_PCT[compound] * r[c] * (1 + 0.01 * (temp[c] - 100)) + 0.02 * random.nextGaussian();
    }
    return w;
  }
}
