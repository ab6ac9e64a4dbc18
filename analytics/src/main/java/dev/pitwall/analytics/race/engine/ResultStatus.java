package dev.pitwall.analytics.race.engine;

/** Validity of a simulated race, with the reference's codes. */
public enum ResultStatus {
  VALID(0, "valid"),
  WINNER_DID_NOT_FINISH(1, "even the winner did not complete all laps"),
  OVERTAKING_LOOP(10, "more than 20 overtaking passes in one lap"),
  LAP_SUM_MISMATCH(11, "summed lap times differ from the race time"),
  POSITIONS_IMPLAUSIBLE(12, "positions are not a permutation in some lap"),
  MIN_DISTANCE_BROKEN(13, "minimum distance between cars not kept"),
  FCY_NOT_APPLIED(14, "neutralisations were set but never applied"),
  ONE_COMPOUND(15, "a finisher did not use two different compounds"),
  LAP_FRACTION_INVALID(16, "a neutralisation produced a lap fraction outside [0, 1]");

  private final int code;
  private final String reason;

  ResultStatus(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  public int code() {
    return code;
  }

  public String reason() {
    return reason;
  }
}
