package dev.pitwall.app.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the live screen shows: each role is read by a gauge, a strip chart, the track map or the lap
 * timer under its {@link #key()} (the simulator's channel name) in its {@link #unit()}.
 *
 * <p>{@link #aliases()} are source channel names that fill the role automatically (compared without
 * case, and for CAN channels also by the signal part of {@code MESSAGE.SIGNAL}): EA F1 UDP names,
 * NMEA names, common DBC signal names and the GR Cup logger's names. {@link #alsoShown()} are units
 * that cannot be converted to the role's unit but still make sense on its gauge (F1's brake pedal
 * in % on the brake gauge); values in such units are shown unconverted.
 */
public enum ScreenRole {
  SPEED("speed", "km/h", "Speed", List.of(), "VEHICLE_SPEED", "VEH_SPEED", "SPEED", "SPEED_KPH"),
  RPM(
      "rpm",
      "rpm",
      "Engine speed",
      List.of(),
      "ENGINE_RPM",
      "RPM",
      "ENGINE_SPEED",
      "NMOT",
      "N_MOT"),
  GEAR("gear", "-", "Gear", List.of(), "GEAR", "GEAR_POSITION", "CURRENT_GEAR"),
  THROTTLE(
      "throttle",
      "%",
      "Throttle",
      List.of(),
      "THROTTLE",
      "THROTTLE_POS",
      "TPS",
      "APS",
      "ACCEL_PEDAL"),
  BRAKE(
      "brakePressureFront",
      "bar",
      "Brake (front)",
      List.of("%"),
      "BRAKE_PRESSURE_FRONT",
      "BRAKE_PRESSURE",
      "PBRAKE_F",
      "BRAKE"),
  STEERING(
      "steeringAngle",
      "deg",
      "Steering",
      List.of("%"),
      "STEERING_ANGLE",
      "STEER_ANGLE",
      "STEER",
      "STEERING_ANGLE"),
  ACC_LAT("accLat", "g", "Lateral g", List.of(), "ACC_LAT", "LAT_ACCEL", "ACCEL_Y", "ACCY_CAN"),
  ACC_LONG(
      "accLong", "g", "Longitudinal g", List.of(), "ACC_LONG", "LONG_ACCEL", "ACCEL_X", "ACCX_CAN"),
  POS_X("posX", "m", "Position x", List.of(), "WORLDPOSX"),
  /**
   * The F1 game's world frame is left-handed with Y up: seen from above, y = -worldPosZ (checked on
   * the Monza capture: only then does a rotation, not a mirror image, fit the TUM centreline).
   */
  POS_Y("posY", "m", "Position y", List.of(), "WORLDPOSZ"),
  LATITUDE("latitude", "deg", "Latitude", List.of(), "LAT", "GPS_LAT", "VBOX_LAT_MIN"),
  LONGITUDE(
      "longitude", "deg", "Longitude", List.of(), "LON", "LONG", "GPS_LON", "VBOX_LONG_MINUTES"),
  LAP_DISTANCE(
      "lapDistance",
      "m",
      "Lap distance",
      List.of(),
      "LAP_DISTANCE",
      "LAPDIST",
      "LAPTRIGGER_LAPDIST_DLS"),
  FUEL("fuel", "l", "Fuel", List.of("kg"), "FUEL", "FUEL_LEVEL", "FUELMASS"),
  TYRE_TEMP_FL("tyreTempFL", "degC", "Tyre temp FL", List.of(), "TYRE_TEMP_FL", "TIRE_TEMP_FL"),
  TYRE_TEMP_FR("tyreTempFR", "degC", "Tyre temp FR", List.of(), "TYRE_TEMP_FR", "TIRE_TEMP_FR"),
  TYRE_TEMP_RL("tyreTempRL", "degC", "Tyre temp RL", List.of(), "TYRE_TEMP_RL", "TIRE_TEMP_RL"),
  TYRE_TEMP_RR("tyreTempRR", "degC", "Tyre temp RR", List.of(), "TYRE_TEMP_RR", "TIRE_TEMP_RR");

  private final String key;
  private final String unit;
  private final String label;
  private final List<String> alsoShown;
  private final List<String> aliases;

  ScreenRole(String key, String unit, String label, List<String> alsoShown, String... aliases) {
    this.key = key;
    this.unit = unit;
    this.label = label;
    this.alsoShown = alsoShown;
    this.aliases = List.of(aliases);
  }

  /** Channel name the screen reads, e.g. {@code brakePressureFront}. */
  public String key() {
    return key;
  }

  public String unit() {
    return unit;
  }

  /** For people, e.g. "Brake (front)". */
  public String label() {
    return label;
  }

  public List<String> alsoShown() {
    return alsoShown;
  }

  /** Upper-case names that fill this role automatically, best first. */
  public List<String> aliases() {
    return aliases;
  }

  /** The role read under {@code key} (exact, as in a mapping file). */
  public static Optional<ScreenRole> ofKey(String key) {
    return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
  }

  /** Sign an alias needs to match the role's frame: -1 only for the F1 game's worldPosZ. */
  public double aliasFactor(String channelName) {
    return this == POS_Y && channelName.equalsIgnoreCase("worldPosZ") ? -1 : 1;
  }

  /** All keys, for messages. */
  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(ScreenRole::key).toList());
  }

  /**
   * How well {@code channelName} fits this role by name: 0 = exact key, 1.. = alias rank (full name
   * before the signal part of {@code MESSAGE.SIGNAL}), or -1 for no fit.
   */
  public int nameRank(String channelName) {
    if (channelName.equals(key)) {
      return 0;
    }
    String upper = channelName.toUpperCase(Locale.ROOT);
    int full = aliases.indexOf(upper);
    if (full >= 0 || upper.equals(key.toUpperCase(Locale.ROOT))) {
      return 1 + Math.max(full, 0);
    }
    int dot = upper.lastIndexOf('.');
    if (dot > 0) {
      String signal = upper.substring(dot + 1);
      int part = aliases.indexOf(signal);
      if (part >= 0 || signal.equals(key.toUpperCase(Locale.ROOT))) {
        return 1 + aliases.size() + Math.max(part, 0);
      }
    }
    return -1;
  }
}
