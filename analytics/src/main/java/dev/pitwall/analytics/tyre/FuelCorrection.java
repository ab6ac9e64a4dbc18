package dev.pitwall.analytics.tyre;

/**
 * Fuel effect on lap time. Within a stint fuel burn and tyre age grow together, so the data cannot
 * separate them; we fix the fuel effect at a typical F1 value (about 1.7 kg/lap at ~0.03 s/kg) and
 * let the tyre profile absorb the rest.
 */
public final class FuelCorrection {
  /** Lap-time gain per lap of fuel burnt, seconds per lap. */
  public static final double GAIN_S_PER_LAP = 0.05;

  private FuelCorrection() {}

  /** Lap time as if the fuel load were that of lap 0 (seconds). */
  static double correctedS(StintLap lap) {
    return lap.lapTimeS() + GAIN_S_PER_LAP * lap.lapNumber();
  }

  /** Fuel contribution (s) going from {@code fromLap} to {@code toLap}; negative = faster. */
  static double deltaS(int fromLap, int toLap) {
    return -GAIN_S_PER_LAP * (toLap - fromLap);
  }
}
