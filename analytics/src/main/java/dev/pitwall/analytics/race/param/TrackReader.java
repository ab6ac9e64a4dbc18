package dev.pitwall.analytics.race.param;

/** TRACK_PARS with the reference's plausibility ranges. */
final class TrackReader {
  private TrackReader() {}

  static TrackParams read(ParamNode n) {
    double tQ = n.get("t_q").asDouble(30, false, 200, false);
    double gap = n.get("t_gap_racepace").asDouble(-20, false, 10, false);
    double multSc = n.get("mult_t_lap_sc").asDouble(1, true, 3, true);
    double multFcy = n.get("mult_t_lap_fcy").asDouble(1, true, 3, true);
    ParamNode vel = n.get("t_gap_overtake_vel");
    ParamNode drs = n.get("t_drseffect");
    return new TrackParams(
        n.get("name").asString(),
        tQ,
        gap,
        n.get("t_lap_sens_mass").asDouble(0, false, 1, false),
        n.get("t_pit_tirechange_min").asDouble(1.5, false, 10, false),
        pitDrive(n, "t_pitdrive_inlap"),
        pitDrive(n, "t_pitdrive_outlap"),
        pitDrive(n, "t_pitdrive_inlap_fcy"),
        pitDrive(n, "t_pitdrive_outlap_fcy"),
        pitDrive(n, "t_pitdrive_inlap_sc"),
        pitDrive(n, "t_pitdrive_outlap_sc"),
        n.get("pits_aft_finishline").asBoolean(),
        n.get("t_loss_pergridpos").asDouble(0, false, 10, false),
        n.get("t_loss_firstlap").asDouble(0, false, 15, false),
        n.get("t_gap_overtake").asDouble(0, false, 5, false),
        // the reference continues with 0.0 s and -0.1 s when these are null
        vel.isNull() ? 0.0 : vel.asDouble(-0.2, false, 0, false),
        drs.isNull() ? -0.1 : drs.asDouble(-10, false, 0, true),
        multSc,
        multFcy);
  }

  private static double pitDrive(ParamNode n, String key) {
    return n.get(key).asDouble(-10, false, 40, false);
  }
}
