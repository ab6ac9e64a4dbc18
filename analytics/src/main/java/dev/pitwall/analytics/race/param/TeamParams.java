package dev.pitwall.analytics.race.param;

/**
 * CAR_PARS of one team (combustion cars only). Fuel in kg; {@code tPitRefuelPerKgS} NaN when the
 * series does not refuel.
 */
public record TeamParams(
    String name,
    double tCarS,
    double mFuelKg,
    double bFuelPerLapKg,
    double multConsumptionSc,
    double multConsumptionFcy,
    boolean autoConsumptionAdjust,
    double tPitTireChangeAddS,
    double tPitRefuelPerKgS) {

  /** A copy with another per-lap consumption (used to replay the reference's fuel override). */
  public TeamParams withBFuelPerLapKg(double value) {
    return new TeamParams(
        name,
        tCarS,
        mFuelKg,
        value,
        multConsumptionSc,
        multConsumptionFcy,
        autoConsumptionAdjust,
        tPitTireChangeAddS,
        tPitRefuelPerKgS);
  }
}
