package dev.pitwall.hardware.f1;

import dev.pitwall.core.telemetry.Channel;

/**
 * Every channel the F1 UDP decoder produces, with its unit and nominal rate. Per-car channels are
 * delivered for all 22 cars via {@link Channel#forCar(int)}; session channels only for car 0.
 *
 * <p>Rates: packets sent at "rate as specified in menus" are given the game's usual 60 Hz; session
 * is 2 Hz and car damage 10 Hz per the specification. Corner suffixes FL/FR/RL/RR follow PitWall's
 * vocabulary; the game's wheel arrays are ordered RL, RR, FL, FR and are reordered on decode.
 */
public enum F1Channel {
  // Car Telemetry (id 6)
  SPEED("speed", "km/h", 60),
  RPM("rpm", "rpm", 60),
  GEAR("gear", "-", 60),
  THROTTLE("throttle", "%", 60),
  BRAKE("brake", "%", 60),
  /** Steering input, -100 % = full lock left, +100 % = full lock right. */
  STEER("steer", "%", 60),
  CLUTCH("clutch", "%", 60),
  DRS("drs", "-", 60),
  ENGINE_TEMP("engineTemp", "degC", 60),
  /** Tyre surface temperatures. */
  TYRE_TEMP_FL("tyreTempFL", "degC", 60),
  TYRE_TEMP_FR("tyreTempFR", "degC", 60),
  TYRE_TEMP_RL("tyreTempRL", "degC", 60),
  TYRE_TEMP_RR("tyreTempRR", "degC", 60),
  TYRE_INNER_TEMP_FL("tyreInnerTempFL", "degC", 60),
  TYRE_INNER_TEMP_FR("tyreInnerTempFR", "degC", 60),
  TYRE_INNER_TEMP_RL("tyreInnerTempRL", "degC", 60),
  TYRE_INNER_TEMP_RR("tyreInnerTempRR", "degC", 60),
  BRAKE_TEMP_FL("brakeTempFL", "degC", 60),
  BRAKE_TEMP_FR("brakeTempFR", "degC", 60),
  BRAKE_TEMP_RL("brakeTempRL", "degC", 60),
  BRAKE_TEMP_RR("brakeTempRR", "degC", 60),
  /** Converted from the game's PSI. */
  TYRE_PRESSURE_FL("tyrePressureFL", "bar", 60),
  TYRE_PRESSURE_FR("tyrePressureFR", "bar", 60),
  TYRE_PRESSURE_RL("tyrePressureRL", "bar", 60),
  TYRE_PRESSURE_RR("tyrePressureRR", "bar", 60),
  /** Header session time of the telemetry packet (resets with flashbacks/new sessions). */
  SESSION_TIME("sessionTime", "s", 60),

  // Motion (id 0). World frame of the game (Y up), not the TrackLayout frame.
  WORLD_POS_X("worldPosX", "m", 60),
  WORLD_POS_Y("worldPosY", "m", 60),
  WORLD_POS_Z("worldPosZ", "m", 60),
  ACC_LAT("accLat", "g", 60),
  ACC_LONG("accLong", "g", 60),
  ACC_VERT("accVert", "g", 60),
  YAW("yaw", "deg", 60),
  PITCH("pitch", "deg", 60),
  ROLL("roll", "deg", 60),

  // Lap Data (id 2)
  LAP_DISTANCE("lapDistance", "m", 60),
  TOTAL_DISTANCE("totalDistance", "m", 60),
  POSITION("position", "-", 60),
  LAP_NUMBER("lapNumber", "-", 60),
  CURRENT_LAP_TIME("currentLapTime", "s", 60),
  LAST_LAP_TIME("lastLapTime", "s", 60),
  /** 1, 2 or 3. */
  SECTOR("sector", "-", 60),
  GAP_TO_CAR_AHEAD("gapToCarAhead", "s", 60),
  GAP_TO_LEADER("gapToLeader", "s", 60),
  /** 0 = none, 1 = pitting, 2 = in pit area. */
  PIT_STATUS("pitStatus", "-", 60),
  PIT_STOPS("pitStops", "-", 60),
  LAP_INVALID("lapInvalid", "-", 60),
  PENALTIES("penalties", "s", 60),
  /** Sector 1 time of the current lap; 0 until sector 1 is completed. */
  SECTOR1_TIME("sector1Time", "s", 60),
  /** Sector 2 time of the current lap; 0 until sector 2 is completed. */
  SECTOR2_TIME("sector2Time", "s", 60),

  // Car Status (id 7)
  /** The game reports fuel as mass, not volume. */
  FUEL_MASS("fuelMass", "kg", 60),
  FUEL_REMAINING_LAPS("fuelRemainingLaps", "laps", 60),
  TYRE_AGE("tyreAge", "laps", 60),
  /** Game code, e.g. 16 = C5 ... 20 = C1, 7 = inter, 8 = wet. */
  TYRE_COMPOUND_ACTUAL("tyreCompoundActual", "-", 60),
  /** Game code: 16 = soft, 17 = medium, 18 = hard, 7 = inter, 8 = wet. */
  TYRE_COMPOUND_VISUAL("tyreCompoundVisual", "-", 60),
  BRAKE_BIAS("brakeBias", "%", 60),
  FUEL_MIX("fuelMix", "-", 60),
  ERS_STORE("ersStore", "kJ", 60),
  DRS_ALLOWED("drsAllowed", "-", 60),
  PIT_LIMITER("pitLimiter", "-", 60),
  FIA_FLAG("fiaFlag", "-", 60),

  // Car Damage (id 10)
  TYRE_WEAR_FL("tyreWearFL", "%", 10),
  TYRE_WEAR_FR("tyreWearFR", "%", 10),
  TYRE_WEAR_RL("tyreWearRL", "%", 10),
  TYRE_WEAR_RR("tyreWearRR", "%", 10),
  FRONT_LEFT_WING_DAMAGE("frontLeftWingDamage", "%", 10),
  FRONT_RIGHT_WING_DAMAGE("frontRightWingDamage", "%", 10),
  REAR_WING_DAMAGE("rearWingDamage", "%", 10),
  FLOOR_DAMAGE("floorDamage", "%", 10),
  GEARBOX_DAMAGE("gearboxDamage", "%", 10),
  ENGINE_DAMAGE("engineDamage", "%", 10),

  // Session (id 1), car 0 only
  TRACK_ID("trackId", "-", 2),
  TRACK_LENGTH("trackLength", "m", 2),
  SECTOR2_START("sector2Start", "m", 2),
  SECTOR3_START("sector3Start", "m", 2),
  /** 0 = clear, 1 = light cloud, 2 = overcast, 3 = light rain, 4 = heavy rain, 5 = storm. */
  WEATHER("weather", "-", 2),
  TRACK_TEMP("trackTemp", "degC", 2),
  AIR_TEMP("airTemp", "degC", 2),
  /** 0 = none, 1 = full, 2 = virtual, 3 = formation lap. */
  SAFETY_CAR_STATUS("safetyCarStatus", "-", 2),
  TOTAL_LAPS("totalLaps", "-", 2),
  SESSION_TYPE("sessionType", "-", 2),
  SESSION_TIME_LEFT("sessionTimeLeft", "s", 2);

  private final Channel channel;

  F1Channel(String name, String unit, double nominalRateHz) {
    this.channel = new Channel(name, unit, nominalRateHz);
  }

  /** The channel of car 0 (the player). */
  public Channel channel() {
    return channel;
  }

  public Channel channel(int car) {
    return car == 0 ? channel : channel.forCar(car);
  }
}
