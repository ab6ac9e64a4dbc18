package dev.pitwall.analytics.tyre.ml;

import java.util.Locale;

/**
 * The numeric per-lap features, with the words used in explanations. {@code relative} features are
 * explained as a percentage of the stint average, the others as a difference in their unit.
 */
public enum NumericFeature {
  LAT_G_S("lateral load", "g·s", true),
  LONG_G_S("longitudinal load", "g·s", true),
  BRAKE_ENERGY("brake energy", "bar·km/h·s", true),
  HEAVY_BRAKINGS("heavy brakings", "count", false),
  HARD_CORNERS("hard corners", "count", false),
  MEAN_SPEED_KPH("mean speed", "km/h", false),
  MAX_SPEED_KPH("top speed", "km/h", false),
  ENERGY_FL("front-left energy", "g·km/h·s", true),
  ENERGY_FR("front-right energy", "g·km/h·s", true),
  ENERGY_RL("rear-left energy", "g·km/h·s", true),
  ENERGY_RR("rear-right energy", "g·km/h·s", true),
  TYRE_TEMP_FL_C("front-left tyre temperature", "°C", false),
  TYRE_TEMP_FR_C("front-right tyre temperature", "°C", false),
  TYRE_TEMP_RL_C("rear-left tyre temperature", "°C", false),
  TYRE_TEMP_RR_C("rear-right tyre temperature", "°C", false),
  FUEL_L("fuel", "l", false),
  TYRE_AGE_LAPS("tyre age", "laps", false);

  private final String words;
  private final String unit;
  private final boolean relative;

  NumericFeature(String words, String unit, boolean relative) {
    this.words = words;
    this.unit = unit;
    this.relative = relative;
  }

  public String unit() {
    return unit;
  }

  /**
   * E.g. {@code rear-left energy +18 % vs stint average} or {@code fuel -2.1 l vs stint average}.
   */
  public String describe(double value, double stintAverage) {
    if (relative && Math.abs(stintAverage) > 1e-9) {
      double pct = 100 * (value / stintAverage - 1);
      return String.format(Locale.ROOT, "%s %+.0f %% vs stint average", words, pct);
    }
    return String.format(
        Locale.ROOT, "%s %+.1f %s vs stint average", words, value - stintAverage, unit);
  }
}
