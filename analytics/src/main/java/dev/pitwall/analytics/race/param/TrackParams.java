package dev.pitwall.analytics.race.param;

/**
 * TRACK_PARS. Times in seconds; {@code tGapOvertakeVelSPerKph} in s per km/h (negative); {@code
 * tDrsEffectS} negative (a gain).
 */
public record TrackParams(
    String name,
    double tQualiS,
    double tGapRacepaceS,
    double tLapSensMassSPerKg,
    double tPitTireChangeMinS,
    double tPitDriveInlapS,
    double tPitDriveOutlapS,
    double tPitDriveInlapFcyS,
    double tPitDriveOutlapFcyS,
    double tPitDriveInlapScS,
    double tPitDriveOutlapScS,
    boolean pitsAfterFinishLine,
    double tLossPerGridPosS,
    double tLossFirstLapS,
    double tGapOvertakeS,
    double tGapOvertakeVelSPerKph,
    double tDrsEffectS,
    double multTLapSc,
    double multTLapFcy) {

  /** Base race lap time t_q + t_gap_racepace, s. */
  public double baseLapS() {
    return tQualiS + tGapRacepaceS;
  }
}
