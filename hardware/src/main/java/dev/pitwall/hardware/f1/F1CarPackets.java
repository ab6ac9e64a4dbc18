package dev.pitwall.hardware.f1;

import static dev.pitwall.hardware.f1.F1PacketFormat.HEADER_BYTES;
import static dev.pitwall.hardware.f1.LittleEndianBytes.f32;
import static dev.pitwall.hardware.f1.LittleEndianBytes.i8;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u16;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u32;
import static dev.pitwall.hardware.f1.LittleEndianBytes.u8;

/**
 * Decoders of the per-car packets (motion, lap data, car telemetry, car status, car damage). The
 * caller has already checked the datagram's size against the packet id, so every read is in range.
 * Each method decodes array slots {@code 0 .. slots-1} and returns the number of samples emitted.
 */
final class F1CarPackets {
  /** PitWall corner order FL, FR, RL, RR → index in the game's RL, RR, FL, FR wheel arrays. */
  private static final int[] WHEEL_OF_CORNER = {2, 3, 0, 1};

  private static final double BAR_PER_PSI = 0.0689475729;
  private static final double DEG_PER_RAD = 180.0 / Math.PI;
  private static final int TELEMETRY_STRIDE = 60;
  private static final int MOTION_STRIDE = 60;
  private static final int STATUS_STRIDE = 55;

  private static final F1Channel[] TYRE_TEMP = {
    F1Channel.TYRE_TEMP_FL, F1Channel.TYRE_TEMP_FR, F1Channel.TYRE_TEMP_RL, F1Channel.TYRE_TEMP_RR
  };
  private static final F1Channel[] TYRE_INNER_TEMP = {
    F1Channel.TYRE_INNER_TEMP_FL,
    F1Channel.TYRE_INNER_TEMP_FR,
    F1Channel.TYRE_INNER_TEMP_RL,
    F1Channel.TYRE_INNER_TEMP_RR
  };
  private static final F1Channel[] BRAKE_TEMP = {
    F1Channel.BRAKE_TEMP_FL,
    F1Channel.BRAKE_TEMP_FR,
    F1Channel.BRAKE_TEMP_RL,
    F1Channel.BRAKE_TEMP_RR
  };
  private static final F1Channel[] TYRE_PRESSURE = {
    F1Channel.TYRE_PRESSURE_FL,
    F1Channel.TYRE_PRESSURE_FR,
    F1Channel.TYRE_PRESSURE_RL,
    F1Channel.TYRE_PRESSURE_RR
  };
  private static final F1Channel[] TYRE_WEAR = {
    F1Channel.TYRE_WEAR_FL, F1Channel.TYRE_WEAR_FR, F1Channel.TYRE_WEAR_RL, F1Channel.TYRE_WEAR_RR
  };

  private F1CarPackets() {}

  static int telemetry(byte[] b, int base, int player, int slots, long t, F1Output out) {
    out.sample(F1Channel.SESSION_TIME, 0, t, f32(b, base + 15));
    for (int i = 0; i < slots; i++) {
      int car = F1CarIndex.carOf(i, player);
      int p = base + HEADER_BYTES + i * TELEMETRY_STRIDE;
      out.sample(F1Channel.SPEED, car, t, u16(b, p));
      out.sample(F1Channel.THROTTLE, car, t, f32(b, p + 2) * 100.0);
      out.sample(F1Channel.STEER, car, t, f32(b, p + 6) * 100.0);
      out.sample(F1Channel.BRAKE, car, t, f32(b, p + 10) * 100.0);
      out.sample(F1Channel.CLUTCH, car, t, u8(b, p + 14));
      out.sample(F1Channel.GEAR, car, t, i8(b, p + 15));
      out.sample(F1Channel.RPM, car, t, u16(b, p + 16));
      out.sample(F1Channel.DRS, car, t, u8(b, p + 18));
      out.sample(F1Channel.ENGINE_TEMP, car, t, u16(b, p + 38));
      for (int c = 0; c < 4; c++) {
        int w = WHEEL_OF_CORNER[c];
        out.sample(BRAKE_TEMP[c], car, t, u16(b, p + 22 + 2 * w));
        out.sample(TYRE_TEMP[c], car, t, u8(b, p + 30 + w));
        out.sample(TYRE_INNER_TEMP[c], car, t, u8(b, p + 34 + w));
        out.sample(TYRE_PRESSURE[c], car, t, f32(b, p + 40 + 4 * w) * BAR_PER_PSI);
      }
    }
    return 1 + slots * 25;
  }

  static int motion(byte[] b, int base, int player, int slots, long t, F1Output out) {
    for (int i = 0; i < slots; i++) {
      int car = F1CarIndex.carOf(i, player);
      int p = base + HEADER_BYTES + i * MOTION_STRIDE;
      out.sample(F1Channel.WORLD_POS_X, car, t, f32(b, p));
      out.sample(F1Channel.WORLD_POS_Y, car, t, f32(b, p + 4));
      out.sample(F1Channel.WORLD_POS_Z, car, t, f32(b, p + 8));
      out.sample(F1Channel.ACC_LAT, car, t, f32(b, p + 36));
      out.sample(F1Channel.ACC_LONG, car, t, f32(b, p + 40));
      out.sample(F1Channel.ACC_VERT, car, t, f32(b, p + 44));
      out.sample(F1Channel.YAW, car, t, f32(b, p + 48) * DEG_PER_RAD);
      out.sample(F1Channel.PITCH, car, t, f32(b, p + 52) * DEG_PER_RAD);
      out.sample(F1Channel.ROLL, car, t, f32(b, p + 56) * DEG_PER_RAD);
    }
    return slots * 9;
  }

  static int lapData(
      byte[] b, int base, int player, int slots, long t, F1PacketFormat format, F1Output out) {
    int stride = format.lapDataStride();
    int d = format.lapDistanceOffset();
    boolean minutes = format.minutePartsInDeltas();
    for (int i = 0; i < slots; i++) {
      int car = F1CarIndex.carOf(i, player);
      int p = base + HEADER_BYTES + i * stride;
      out.sample(F1Channel.LAST_LAP_TIME, car, t, u32(b, p) / 1000.0);
      out.sample(F1Channel.CURRENT_LAP_TIME, car, t, u32(b, p + 4) / 1000.0);
      // same layout in F1 23, 24 and 25: uint16 ms part then uint8 whole minutes
      out.sample(F1Channel.SECTOR1_TIME, car, t, msAndMinutes(b, p + 8));
      out.sample(F1Channel.SECTOR2_TIME, car, t, msAndMinutes(b, p + 11));
      double gapAhead = minutes ? msAndMinutes(b, p + 14) : u16(b, p + 14) / 1000.0;
      double gapLeader = minutes ? msAndMinutes(b, p + 17) : u16(b, p + 16) / 1000.0;
      out.sample(F1Channel.GAP_TO_CAR_AHEAD, car, t, gapAhead);
      out.sample(F1Channel.GAP_TO_LEADER, car, t, gapLeader);
      out.sample(F1Channel.LAP_DISTANCE, car, t, f32(b, p + d));
      out.sample(F1Channel.TOTAL_DISTANCE, car, t, f32(b, p + d + 4));
      out.sample(F1Channel.POSITION, car, t, u8(b, p + d + 12));
      out.sample(F1Channel.LAP_NUMBER, car, t, u8(b, p + d + 13));
      out.sample(F1Channel.PIT_STATUS, car, t, u8(b, p + d + 14));
      out.sample(F1Channel.PIT_STOPS, car, t, u8(b, p + d + 15));
      out.sample(F1Channel.SECTOR, car, t, u8(b, p + d + 16) + 1);
      out.sample(F1Channel.LAP_INVALID, car, t, u8(b, p + d + 17));
      out.sample(F1Channel.PENALTIES, car, t, u8(b, p + d + 18));
    }
    return slots * 15;
  }

  /** A uint16 milliseconds part followed by a uint8 whole-minutes part, in seconds. */
  private static double msAndMinutes(byte[] b, int p) {
    return u16(b, p) / 1000.0 + 60.0 * u8(b, p + 2);
  }

  static int status(byte[] b, int base, int player, int slots, long t, F1Output out) {
    for (int i = 0; i < slots; i++) {
      int car = F1CarIndex.carOf(i, player);
      int p = base + HEADER_BYTES + i * STATUS_STRIDE;
      out.sample(F1Channel.FUEL_MIX, car, t, u8(b, p + 2));
      out.sample(F1Channel.BRAKE_BIAS, car, t, u8(b, p + 3));
      out.sample(F1Channel.PIT_LIMITER, car, t, u8(b, p + 4));
      out.sample(F1Channel.FUEL_MASS, car, t, f32(b, p + 5));
      out.sample(F1Channel.FUEL_REMAINING_LAPS, car, t, f32(b, p + 13));
      out.sample(F1Channel.DRS_ALLOWED, car, t, u8(b, p + 22));
      out.sample(F1Channel.TYRE_COMPOUND_ACTUAL, car, t, u8(b, p + 25));
      out.sample(F1Channel.TYRE_COMPOUND_VISUAL, car, t, u8(b, p + 26));
      out.sample(F1Channel.TYRE_AGE, car, t, u8(b, p + 27));
      out.sample(F1Channel.FIA_FLAG, car, t, i8(b, p + 28));
      out.sample(F1Channel.ERS_STORE, car, t, f32(b, p + 37) / 1000.0);
    }
    return slots * 11;
  }

  static int damage(
      byte[] b, int base, int player, int slots, long t, F1PacketFormat format, F1Output out) {
    int stride = format.damageStride();
    int wing = format.wingDamageOffset();
    for (int i = 0; i < slots; i++) {
      int car = F1CarIndex.carOf(i, player);
      int p = base + HEADER_BYTES + i * stride;
      for (int c = 0; c < 4; c++) {
        out.sample(TYRE_WEAR[c], car, t, f32(b, p + 4 * WHEEL_OF_CORNER[c]));
      }
      out.sample(F1Channel.FRONT_LEFT_WING_DAMAGE, car, t, u8(b, p + wing));
      out.sample(F1Channel.FRONT_RIGHT_WING_DAMAGE, car, t, u8(b, p + wing + 1));
      out.sample(F1Channel.REAR_WING_DAMAGE, car, t, u8(b, p + wing + 2));
      out.sample(F1Channel.FLOOR_DAMAGE, car, t, u8(b, p + wing + 3));
      out.sample(F1Channel.GEARBOX_DAMAGE, car, t, u8(b, p + wing + 8));
      out.sample(F1Channel.ENGINE_DAMAGE, car, t, u8(b, p + wing + 9));
    }
    return slots * 10;
  }
}
